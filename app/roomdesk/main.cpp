// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

int main(int argc, char *argv[])
{
    return Roomdesk::GuiApplication::run(argc, argv);
}
