// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <initializer_list>

/// Turns a fuzzer's bytes into structured values for targets that build objects (an export
/// request, a DNS answer, a server conversation) rather than parse one blob.
///
/// The layout is simple so that seeds can be written by hand and mutations stay meaningful:
/// numbers are read byte by byte from the front; `text()` and `bytes()` read up to the next
/// field separator 0x1F (ASCII "unit separator"), so a seed is mostly readable text. An exhausted
/// input yields zeros and empty fields, never an error: every input is a valid case.
class FuzzInput
{
public:
    static constexpr char kSeparator = '\x1f';

    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
    { }

    [[nodiscard]] bool atEnd() const { return m_position >= m_data.size(); }

    [[nodiscard]] uint8_t byte()
    {
        return atEnd() ? 0 : static_cast<uint8_t>(m_data.at(m_position++));
    }

    [[nodiscard]] uint16_t number16()
    {
        const uint16_t high = byte();
        return static_cast<uint16_t>(high << 8 | byte());
    }

    /// One of `choices`, chosen by the next byte.
    template <typename T>
    [[nodiscard]] T pick(std::initializer_list<T> choices)
    {
        return *(choices.begin() + byte() % choices.size());
    }

    /// The elements of `all` whose bit is set in the next two bytes, in the order of `all`.
    template <typename T>
    [[nodiscard]] QList<T> subset(std::initializer_list<T> all)
    {
        const uint16_t mask = number16();
        QList<T> chosen;
        int bit = 0;
        for (const T &each : all) {
            if (mask & (1u << (bit++ % 16)))
                chosen.append(each);
        }
        return chosen;
    }

    /// The bytes up to the next separator (or the end).
    [[nodiscard]] QByteArray bytes()
    {
        if (atEnd())
            return {};
        qsizetype end = m_data.indexOf(kSeparator, m_position);
        if (end < 0)
            end = m_data.size();
        const QByteArray field = m_data.mid(m_position, end - m_position);
        m_position = end + 1;
        return field;
    }

    /// The next field as UTF-8 text (invalid sequences become U+FFFD, as everywhere in Qt).
    [[nodiscard]] QString text() { return QString::fromUtf8(bytes()); }

private:
    QByteArray m_data;
    qsizetype m_position = 0;
};
