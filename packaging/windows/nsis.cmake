# SPDX-License-Identifier: GPL-3.0-or-later
# NSIS installer settings (Windows builds). Qt's DLLs are deployed with windeployqt before CPack.
set(CPACK_NSIS_DISPLAY_NAME "Roomdesk")
set(CPACK_NSIS_PACKAGE_NAME "Roomdesk")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Roomdesk.lnk' '$INSTDIR\\\\bin\\\\roomdesk.exe'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
