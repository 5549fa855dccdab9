#pragma once

#include "entities.h"

#include <QString>

#include <optional>

/// Why a call failed: the network, the manager's fault, authentication, or an unreadable reply.
struct ApiError
{
    enum class Kind { Network, Http, Fault, Auth, Decode, Tls };
    Kind kind = Kind::Http;
    int httpStatus = 0;  ///< 0 when no HTTP response was received
    Fault fault;         ///< reason/detail for Kind::Fault (and for SSO errors)
    QString message;     ///< human readable text (network error string, SSO error_description...)

    /// One sentence for a person: the fault's detail (or reason), else the message.
    QString text() const;
};

/// The outcome of an asynchronous call: a value, or an error.
template <class T>
struct Result
{
    T value{};
    std::optional<ApiError> error;
    bool ok() const { return !error.has_value(); }
};
