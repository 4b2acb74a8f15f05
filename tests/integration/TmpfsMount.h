// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Loopback.h"

#include <QDir>
#include <QProcess>

/// A small tmpfs mounted for one test (needs root with CAP_SYS_ADMIN): a disk that really runs
/// full (ENOSPC) or is really read-only (EROFS) — unlike permission bits, root cannot get past
/// either. Unmounted when the object goes.
class TmpfsMount
{
public:
    /// Mounts `kilobytes` of tmpfs at `folder` (created if needed); see isMounted().
    TmpfsMount(const QString &folder, int kilobytes) : m_path(folder)
    {
        if (!loopback::isRoot()) {
            m_error = QStringLiteral("needs root to mount a tmpfs");
            return;
        }
        QDir().mkpath(folder);
        m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=%1k,mode=0777").arg(kilobytes), QStringLiteral("tmpfs"), folder});
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    Q_DISABLE_COPY_MOVE(TmpfsMount)

    [[nodiscard]] bool isMounted() const { return m_mounted; }
    /// Why mounting failed (for QSKIP).
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

    bool remountReadOnly()
    {
        return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path});
    }

    /// Fills the file system to the last byte with a file `name`.
    bool fillUp(const QString &name)
    {
        QFile filler(filePath(name));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        return filler.size() > 0;
    }

private:
    bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.setProcessChannelMode(QProcess::MergedChannels);
        mount.start(QStringLiteral("mount"), arguments);
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_error = QStringLiteral("mount %1 failed: %2").arg(arguments.join(u' '), QString::fromLocal8Bit(mount.readAll()));
            return false;
        }
        return true;
    }

    QString m_path;
    QString m_error;
    bool m_mounted = false;
};
