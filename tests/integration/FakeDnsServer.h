// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

/// A DNS server on 127.x.y.z:53 (UDP) that misbehaves on purpose, for what dnsmasq will not do:
/// stay silent, answer garbage, SERVFAIL, NXDOMAIN, or name hosts with bytes no host name has.
/// Port 53 needs root (Qt 6.4's QDnsLookup cannot ask another port).
class FakeDnsServer final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Silent,       ///< never answers
        Garbage,      ///< the query's id, then bytes that are no DNS message
        ServFail,     ///< RCODE 2
        NxDomain,     ///< RCODE 3
        HostileNames, ///< MX and SRV records whose names hold spaces, '<', NUL and other bytes
    };

    bool start(const QHostAddress &address, Mode mode)
    {
        m_mode = mode;
        connect(&m_socket, &QUdpSocket::readyRead, this, &FakeDnsServer::answer);
        return m_socket.bind(address, 53);
    }
    [[nodiscard]] int questions() const { return m_questions; }

private:
    static constexpr quint16 kMx = 15;
    static constexpr quint16 kSrv = 33;

    static QByteArray u16(quint16 value)
    {
        QByteArray bytes(2, '\0');
        qToBigEndian(value, bytes.data());
        return bytes;
    }
    static QByteArray u32(quint32 value)
    {
        QByteArray bytes(4, '\0');
        qToBigEndian(value, bytes.data());
        return bytes;
    }
    /// A name in wire format from raw labels (any bytes, as DNS allows).
    static QByteArray name(const QList<QByteArray> &labels)
    {
        QByteArray wire;
        for (const QByteArray &label : labels)
            wire += char(label.size()) + label;
        return wire + '\0';
    }
    static QByteArray record(quint16 type, const QByteArray &data)
    {
        return u16(0xC00C) + u16(type) + u16(1) + u32(60) + u16(quint16(data.size())) + data; // name: the question's
    }

    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram query = m_socket.receiveDatagram();
            ++m_questions;
            const QByteArray reply = replyTo(query.data());
            if (!reply.isEmpty())
                m_socket.writeDatagram(reply, query.senderAddress(), quint16(query.senderPort()));
        }
    }

    QByteArray replyTo(const QByteArray &query) const
    {
        if (query.size() < 12 || m_mode == Mode::Silent)
            return {};
        const QByteArray id = query.left(2);
        if (m_mode == Mode::Garbage) {
            static const char garbage[] = "\x81\x80\x00\x01\x00\x05garbage\xff\xff\xc0\xc0";
            return id + QByteArray(garbage, sizeof garbage - 1);
        }
        // The question: QNAME up to its root label, then QTYPE and QCLASS.
        qsizetype end = 12;
        while (end < query.size() && query.at(end) != 0)
            end += 1 + quint8(query.at(end));
        const QByteArray question = query.mid(12, end + 5 - 12);
        const quint16 type = qFromBigEndian<quint16>(query.constData() + end + 1);
        const auto header = [&id](quint16 flags, quint16 answers) -> QByteArray {
            return id + u16(flags) + u16(1) + u16(answers) + u16(0) + u16(0);
        };
        if (m_mode == Mode::ServFail)
            return header(0x8182, 0) + question;
        if (m_mode == Mode::NxDomain || (type != kMx && type != kSrv))
            return header(0x8183, 0) + question;
        QList<QByteArray> records;
        const QList<QList<QByteArray>> hostile{{"imap server", "hostile", "test"},
                                               {"<script>", "hostile", "test"},
                                               {QByteArray("mx\0evil", 7), "hostile", "test"},
                                               {"-bad-", "hostile", "test"},
                                               {"xn--", "hostile", "test"}};
        for (const QList<QByteArray> &labels : hostile) {
            if (type == kMx)
                records.append(record(kMx, u16(10) + name(labels)));
            else
                records.append(record(kSrv, u16(0) + u16(1) + u16(993) + name(labels)));
        }
        return header(0x8180, quint16(records.size())) + question + records.join();
    }

    QUdpSocket m_socket;
    Mode m_mode = Mode::Silent;
    int m_questions = 0;
};
