// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

/// Helpers for servers on loopback that run beside other tests: free ports, unique 127.x
/// addresses, waiting for a port, stopping a process by its PID.
namespace loopback {

/// A port nothing listens on right now at `address` (the kernel picks it).
inline quint16 freePort(const QHostAddress &address = QHostAddress::LocalHost)
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 0;
    return probe.serverPort();
}

/// A random address in 127.0.0.0/8, avoiding 127.0.0.1/2 and systemd-resolved's 127.0.0.53.
inline QHostAddress uniqueAddress()
{
    auto *random = QRandomGenerator::global();
    return QHostAddress(QStringLiteral("127.%1.%2.%3")
                            .arg(random->bounded(60, 250))
                            .arg(random->bounded(1, 250))
                            .arg(random->bounded(1, 250)));
}

/// True once something accepts TCP connections on address:port (or false after `timeoutMs`).
inline bool waitForPort(const QHostAddress &address, quint16 port, int timeoutMs = 5000)
{
    for (int waited = 0; waited < timeoutMs; waited += 25) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(25);
    }
    return false;
}

inline bool isRoot()
{
    return ::geteuid() == 0;
}

/// Stops a process the test started: SIGTERM to its PID, then SIGKILL if it lingers.
inline void stop(QProcess &process, int graceMs = 10000)
{
    if (process.state() == QProcess::NotRunning)
        return;
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(pid_t(pid), SIGTERM);
    if (!process.waitForFinished(graceMs)) {
        ::kill(pid_t(pid), SIGKILL);
        process.waitForFinished(5000);
    }
}

} // namespace loopback
