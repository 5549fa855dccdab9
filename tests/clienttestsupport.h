#pragma once

// What the end-to-end tests that drive the api library share: running one asynchronous Client
// call to its end, a failure text safe to evaluate when the call succeeded (QVERIFY2 in Qt 6.4
// evaluates its message either way), and fast operation polling.

#include "apierror.h"
#include "operationtracker.h"

#include <QObject>
#include <QTest>

#include <optional>

template <class T, class Call>
Result<T> await(Call &&call, int timeoutMs = 60000)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return Result<T>{{}, ApiError{ApiError::Kind::Network, 0, {}, QStringLiteral("timed out")}};
    return *result;
}

template <class T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error->text().toUtf8();
}

/// Fast polling for tests; the defaults (200 ms, then 1 s) only make them slower.
inline OperationTiming testTiming()
{
    OperationTiming timing;
    timing.firstPollMs = 20;
    timing.pollMs = 100;
    timing.timeoutMs = 120000;
    return timing;
}
