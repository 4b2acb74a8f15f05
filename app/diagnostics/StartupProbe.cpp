// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace mailsetup {

namespace {

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// Waits for the first paint event, lets it finish, then reports and quits.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(qint64 startNanoseconds, QObject *parent)
        : QObject(parent)
        , m_start(startNanoseconds)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once this paint (and the rest of the frame) is done.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ns %lld\n", static_cast<long long>(monotonicNanoseconds() - m_start));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_start;
    bool m_seen = false;
};

} // namespace

void installStartupProbe()
{
    bool ok = false;
    const qint64 start = qEnvironmentVariable("MAILSETUP_BENCH_T0_NS").toLongLong(&ok);
    if (!ok || !QCoreApplication::instance())
        return;
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(new FirstPaintProbe(start, app));
}

} // namespace mailsetup
