#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QList>

#include <array>

/// diskdesk-lab --faults SPEC: makes API requests fail the way networks and overloaded managers
/// do, at given rates, reproducibly (a seeded generator, one draw per request in arrival order).
///
/// SPEC is a comma-separated list (see syntax()), e.g. `delay=0.1:300ms,error500=0.05,drop=0.05,
/// truncate=0.05,after=0.5,seed=7`. Each fault happens either before the request is handled (the
/// operation did not happen) or after it (it happened, but its answer is lost or damaged): the
/// second kind is what a client's correlation ids are for. Only /ovirt-engine/api requests are
/// hit; the sign-on and CA paths stay reliable so that a client can always log in.
class FaultInjector final
{
public:
    enum class Kind { None, Delay, Error500, Drop, Truncate };
    enum class Phase { Before, After };
    static constexpr int KindCount = 5;

    struct Fault
    {
        Kind kind = Kind::None;
        Phase phase = Phase::Before;
        int delayMs = 0;
        /// For Drop after handling: how many bytes of the answer go out before the close (0: none).
        int keepBytes = 0;
        qint64 number = 0; ///< 1-based count of faults so far, for the log line
    };

    /// Reads SPEC; on a mistake returns false and says what is wrong in \a error.
    bool parse(const QString &spec, QString *error);
    bool enabled() const { return m_enabled; }

    /// Draws the fate of the next API request (requests of methods not chosen with
    /// `methods=` are left alone and draw nothing).
    Fault next(const QByteArray &method);

    /// One line per fault, for the lab's stderr.
    static QString describe(const Fault &fault, const QByteArray &method, const QString &path);
    /// "faults injected: N in M API requests (…)", printed on exit.
    QString summary() const;
    /// The SPEC grammar, for --help.
    static QString syntax();
    static QString kindName(Kind kind);

    qint64 requests() const { return m_requests; }
    qint64 injected() const;

private:
    bool m_enabled = false;
    double m_delayRate = 0;
    int m_delayMs = 300;
    double m_error500Rate = 0;
    double m_dropRate = 0;
    double m_truncateRate = 0;
    double m_afterShare = 0.5;
    quint32 m_seed = 1;
    QList<QByteArray> m_methods; ///< empty: every method
    QRandomGenerator m_random;
    qint64 m_requests = 0;
    std::array<qint64, KindCount> m_before{};
    std::array<qint64, KindCount> m_after{};
};
