// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Roomdesk {

// An error as a value: a stable machine code for scripts and tests, and a translated
// message an administrator can act on. Core never shows UI; callers decide how to present it.
struct Error final
{
    QString code;
    QString message;
};

// E is Error unless a component needs richer errors (the Zoom client's ZoomError).
template<typename T, typename E = Error>
class [[nodiscard]] Result final
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts to success
        : m_data(std::move(value))
    {}
    Result(E error) // NOLINT(google-explicit-constructor): an error converts to failure
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const E &error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Success without a value.
template<typename E>
class [[nodiscard]] Result<void, E> final
{
public:
    Result() = default;
    Result(E error) // NOLINT(google-explicit-constructor): an error converts to failure
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace Roomdesk
