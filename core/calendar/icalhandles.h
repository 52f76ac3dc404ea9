// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libical/ical.h>
#include <memory>

// Owning handles for libical's C objects, so every early return frees what was made.
// Internal to core (and its tests): libical is a private dependency of roomdesk_core.
namespace Roomdesk::Ical {

struct ComponentDeleter final
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
// A component not (yet) owned by a parent; release() it into icalcomponent_add_component().
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct TimezoneDeleter final
{
    void operator()(icaltimezone *zone) const { icaltimezone_free(zone, 1); }
};
// A zone made with icaltimezone_new(); it owns the VTIMEZONE set on it. Never for builtin
// zones, which libical keeps for the whole process.
using Timezone = std::unique_ptr<icaltimezone, TimezoneDeleter>;

struct BufferDeleter final
{
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};
// A string libical returns with *_r functions, e.g. icalcomponent_as_ical_string_r().
using Buffer = std::unique_ptr<char, BufferDeleter>;

} // namespace Roomdesk::Ical
