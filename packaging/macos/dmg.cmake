# SPDX-License-Identifier: GPL-3.0-or-later
# Disk image settings (macOS builds). The bundle is completed with macdeployqt before CPack.
set(CPACK_DMG_VOLUME_NAME "Roomdesk")
set(CPACK_DMG_FORMAT UDBZ)
