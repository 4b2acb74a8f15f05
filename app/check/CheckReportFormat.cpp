// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckReportFormat.h"

#include "i18n/Translation.h"
#include "lookup/LookupJson.h"
#include "lookup/SettingsText.h"

#include <QJsonArray>

namespace mailsetup::CheckReportFormat {

namespace {

const char *const kContext = "CheckReportFormat";

QString mark(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
        return QStringLiteral("✓");
    case CheckStatus::Warning:
        return QStringLiteral("!");
    case CheckStatus::Failed:
        return QStringLiteral("✗");
    case CheckStatus::Skipped:
        break;
    }
    return QStringLiteral("–");
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &each : list)
        array.append(each);
    return array;
}

} // namespace

QString verdict(const ServerCheckReport &report, Language language)
{
    if (report.passed())
        return i18n::translate(language, kContext, QT_TRANSLATE_NOOP("CheckReportFormat", "Result: this server works."));
    return i18n::translate(language, kContext,
                           QT_TRANSLATE_NOOP("CheckReportFormat", "Result: this server does not work with these settings."));
}

QString text(const ServerCheckReport &report, Language language)
{
    const ServerSettings &server = report.server;
    QString out = QStringLiteral("%1: %2 %3:%4, %5\n")
                      .arg(SettingsText::directionTitle(server.protocol, language), SettingsText::protocolName(server.protocol),
                           server.host, QString::number(server.port), SettingsText::securityName(server.security, language));
    for (const CheckStep &step : report.steps)
        out += QStringLiteral("  %1 %2\n").arg(mark(step.status), step.message.text(language));
    out += QLatin1String("  ") + verdict(report, language) + u'\n';
    return out;
}

QJsonObject serverToJson(const ServerCheckReport &report)
{
    QJsonArray steps;
    for (const CheckStep &step : report.steps) {
        steps.append(QJsonObject{
            {QStringLiteral("step"), spelling(step.kind)},
            {QStringLiteral("status"), spelling(step.status)},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("de"), step.message.de}, {QStringLiteral("en"), step.message.en}}},
        });
    }
    QJsonValue certificate = QJsonValue::Null;
    if (!report.certificate.isEmpty()) {
        certificate = QJsonObject{
            {QStringLiteral("names"), stringArray(report.certificate.names)},
            {QStringLiteral("issuer"), report.certificate.issuer},
            {QStringLiteral("expires"), report.certificate.expires.toUTC().toString(Qt::ISODate)},
        };
    }
    QJsonObject json = LookupJson::serverToJson(report.server);
    json.insert(QStringLiteral("role"), report.server.protocol == Protocol::Smtp ? QStringLiteral("outgoing")
                                                                                 : QStringLiteral("incoming"));
    json.insert(QStringLiteral("passed"), report.passed());
    json.insert(QStringLiteral("tls"), report.tlsProtocol.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.tlsProtocol));
    json.insert(QStringLiteral("certificate"), certificate);
    json.insert(QStringLiteral("greeting"), report.greeting);
    json.insert(QStringLiteral("capabilities"), stringArray(report.capabilities));
    json.insert(QStringLiteral("authMechanisms"), stringArray(report.authMechanisms));
    json.insert(QStringLiteral("login"), spelling(report.login));
    json.insert(QStringLiteral("steps"), steps);
    return json;
}

} // namespace mailsetup::CheckReportFormat
