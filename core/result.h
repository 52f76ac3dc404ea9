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

template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts to success
        : m_data(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor): an error converts to failure
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor): an error converts to failure
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Roomdesk
