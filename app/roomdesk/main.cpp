#include "guiapplication.h"

int main(int argc, char *argv[])
{
    return Roomdesk::GuiApplication::run(argc, argv);
}
