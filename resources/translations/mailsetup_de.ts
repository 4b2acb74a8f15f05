<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressError</name>
    <message>
        <source>Please enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no “@”. An e-mail address looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains more than one “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing before the “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing after the “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the “@” is %1 characters long; at most 64 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most 254 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” must not start or end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address ends with a dot. Remove the dot at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” of the domain is longer than 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” of the domain must not start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain “%1” has no dot. Is the ending missing, such as “.de” or “.com”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain “%1” is not a valid international domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckExplanations</name>
    <message>
        <source>The server name %1 was found: %2.</source>
        <translation>Der Servername %1 wurde gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 is reached at %2, as given with --resolve (DNS was not asked).</source>
        <translation>%1 wird unter %2 erreicht, wie mit --resolve angegeben (DNS wurde nicht gefragt).</translation>
    </message>
    <message>
        <source>The server name %1 does not exist. Check its spelling; the provider may also have renamed the server.</source>
        <translation>Den Servernamen %1 gibt es nicht. Prüfen Sie die Schreibweise; vielleicht hat der Anbieter den Server auch umbenannt.</translation>
    </message>
    <message>
        <source>The server name %1 could not be looked up (%2). Is there an internet connection?</source>
        <translation>Der Servername %1 konnte nicht nachgeschlagen werden (%2). Besteht eine Internetverbindung?</translation>
    </message>
    <message>
        <source>A connection to %1 on port %2 was made.</source>
        <translation>Eine Verbindung zu %1 auf Port %2 wurde hergestellt.</translation>
    </message>
    <message>
        <source>The server refuses connections on port %1: the port is probably wrong, or the service is switched off.</source>
        <translation>Der Server lehnt Verbindungen auf Port %1 ab: Der Port ist wahrscheinlich falsch, oder der Dienst ist abgeschaltet.</translation>
    </message>
    <message>
        <source>The server does not answer on port %1. A firewall may block this port.</source>
        <translation>Der Server antwortet nicht auf Port %1. Möglicherweise sperrt eine Firewall diesen Port.</translation>
    </message>
    <message>
        <source>The server closed the connection on port %1 without an answer.</source>
        <translation>Der Server hat die Verbindung auf Port %1 ohne Antwort beendet.</translation>
    </message>
    <message>
        <source>No encrypted connection could be made on port %1 (%2). Check whether the port expects SSL/TLS from the start or STARTTLS.</source>
        <translation>Auf Port %1 kam keine verschlüsselte Verbindung zustande (%2). Prüfen Sie, ob der Port SSL/TLS von Anfang an oder STARTTLS erwartet.</translation>
    </message>
    <message>
        <source>The connection on port %1 failed: %2.</source>
        <translation>Die Verbindung auf Port %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server did not greet within %1 seconds. If this port expects SSL/TLS from the start, choose SSL/TLS instead of STARTTLS or no encryption.</source>
        <translation>Der Server hat sich nicht innerhalb von %1 Sekunden gemeldet. Falls dieser Port SSL/TLS von Anfang an erwartet, wählen Sie SSL/TLS statt STARTTLS oder keiner Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The connection was switched to encryption with STARTTLS (%1).</source>
        <translation>Die Verbindung wurde mit STARTTLS auf Verschlüsselung umgestellt (%1).</translation>
    </message>
    <message>
        <source>The connection is encrypted from the start (SSL/TLS, %1).</source>
        <translation>Die Verbindung ist von Anfang an verschlüsselt (SSL/TLS, %1).</translation>
    </message>
    <message>
        <source>The connection on port %1 is not encrypted: your password and your mail would travel unprotected. Use an encrypted setting if the provider offers one.</source>
        <translation>Die Verbindung auf Port %1 ist nicht verschlüsselt: Ihr Passwort und Ihre E-Mails würden ungeschützt übertragen. Verwenden Sie eine verschlüsselte Einstellung, wenn der Anbieter eine anbietet.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1 (issued by %2, valid until %3).</source>
        <translation>Das Zertifikat ist für %1 gültig (ausgestellt von %2, gültig bis %3).</translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2. The server name is probably wrong, or someone is intercepting the connection.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2. Wahrscheinlich ist der Servername falsch, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2. The provider has to renew it.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen. Der Anbieter muss es erneuern.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check the date and time of this computer.</source>
        <translation>Das Zertifikat von %1 ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate of %1 was not issued by an authority this computer trusts (%2).</source>
        <translation>Das Zertifikat von %1 wurde nicht von einer Stelle ausgestellt, der dieser Computer vertraut (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted (%2).</source>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The %1 server greets: &quot;%2&quot;.</source>
        <translation>Der %1-Server meldet sich: „%2“.</translation>
    </message>
    <message>
        <source>The server offers encryption (STARTTLS) on port %1 but refused to start it.</source>
        <translation>Der Server bietet auf Port %1 Verschlüsselung (STARTTLS) an, hat sie aber nicht gestartet.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1. Your password would travel unprotected; try the SSL/TLS port instead.</source>
        <translation>Der Server bietet auf Port %1 keine Verschlüsselung (STARTTLS) an. Ihr Passwort würde ungeschützt übertragen; versuchen Sie stattdessen den SSL/TLS-Port.</translation>
    </message>
    <message>
        <source>The server gave an answer that does not fit: &quot;%1&quot;.</source>
        <translation>Der Server hat eine unpassende Antwort gegeben: „%1“.</translation>
    </message>
    <message>
        <source>The server did not list what it supports.</source>
        <translation>Der Server hat nicht aufgelistet, was er unterstützt.</translation>
    </message>
    <message>
        <source>The server supports: %1.</source>
        <translation>Der Server unterstützt: %1.</translation>
    </message>
    <message>
        <source>The server accepts no password on this connection%1.</source>
        <translation>Der Server nimmt über diese Verbindung kein Passwort an%1.</translation>
    </message>
    <message>
        <source>Sign-in methods offered: %1.</source>
        <translation>Angebotene Anmeldeverfahren: %1.</translation>
    </message>
    <message>
        <source>Signing in as %1 worked.</source>
        <translation>Die Anmeldung als %1 hat funktioniert.</translation>
    </message>
    <message>
        <source>The server did not accept the user name %1 with this password (%2). Check both; some providers need an app password.</source>
        <translation>Der Server hat den Benutzernamen %1 mit diesem Passwort nicht angenommen (%2). Prüfen Sie beides; manche Anbieter verlangen ein App-Passwort.</translation>
    </message>
    <message>
        <source>No password was given, so signing in was not tried.</source>
        <translation>Es wurde kein Passwort angegeben, daher wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>The user name is not known (the provider assigns it), so signing in was not tried.</source>
        <translation>Der Benutzername ist nicht bekannt (der Anbieter vergibt ihn), daher wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>Signing in was not tried: the password would have travelled unencrypted.</source>
        <translation>Die Anmeldung wurde nicht versucht: Das Passwort wäre unverschlüsselt übertragen worden.</translation>
    </message>
    <message>
        <source>Signing in was not tried: none of the offered methods (%1) can be used for this check.</source>
        <translation>Die Anmeldung wurde nicht versucht: Keines der angebotenen Verfahren (%1) kann für diese Prüfung verwendet werden.</translation>
    </message>
</context>
<context>
    <name>CheckReportFormat</name>
    <message>
        <source>Result: this server works.</source>
        <translation>Ergebnis: Dieser Server funktioniert.</translation>
    </message>
    <message>
        <source>Result: this server does not work with these settings.</source>
        <translation>Ergebnis: Dieser Server funktioniert mit diesen Einstellungen nicht.</translation>
    </message>
</context>
<context>
    <name>ClientConfigParser</name>
    <message>
        <source>The configuration does not say which user name to use; ask your provider.</source>
        <translation>Die Konfiguration nennt keinen Benutzernamen; fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>the answer is too large to be a configuration file</source>
        <translation>die Antwort ist zu groß für eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>the file contains a document type declaration, which a configuration file never needs</source>
        <translation>die Datei enthält eine Dokumenttyp-Deklaration, die eine Konfigurationsdatei nie braucht</translation>
    </message>
    <message>
        <source>the file is not valid XML (line %1, column %2: %3)</source>
        <translation>die Datei ist kein gültiges XML (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>the file is not a mail configuration (it starts with &lt;%1&gt;)</source>
        <translation>die Datei ist keine E-Mail-Konfiguration (sie beginnt mit &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the configuration file describes no mail provider</source>
        <translation>die Konfigurationsdatei beschreibt keinen E-Mail-Anbieter</translation>
    </message>
    <message>
        <source>the configuration file lists no usable incoming mail server</source>
        <translation>die Konfigurationsdatei nennt keinen brauchbaren Posteingangsserver</translation>
    </message>
    <message>
        <source>the configuration file lists no usable outgoing mail server</source>
        <translation>die Konfigurationsdatei nennt keinen brauchbaren Postausgangsserver</translation>
    </message>
</context>
<context>
    <name>ConfigDownload</name>
    <message>
        <source>%1 is not an https address, and unprotected addresses are not allowed</source>
        <translation>%1 ist keine https-Adresse, und ungeschützte Adressen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>the answer from %1 is too large for a configuration file</source>
        <translation>die Antwort von %1 ist zu groß für eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>%1 did not answer with a configuration file (content type &quot;%2&quot;)</source>
        <translation>%1 hat nicht mit einer Konfigurationsdatei geantwortet (Inhaltstyp „%2“)</translation>
    </message>
    <message>
        <source>%1 has no configuration file (HTTP %2)</source>
        <translation>%1 hat keine Konfigurationsdatei (HTTP %2)</translation>
    </message>
    <message>
        <source>the server %1 could not be found (is there an internet connection?)</source>
        <translation>der Server %1 wurde nicht gefunden (besteht eine Internetverbindung?)</translation>
    </message>
    <message>
        <source>the server %1 does not exist</source>
        <translation>den Server %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>could not download from %1: %2</source>
        <translation>Herunterladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent a redirect without a valid target</source>
        <translation>%1 hat eine Weiterleitung ohne gültiges Ziel geschickt</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet</translation>
    </message>
    <message>
        <source>%1 redirected to the unprotected address %2, which is refused</source>
        <translation>%1 hat an die ungeschützte Adresse %2 weitergeleitet; das wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 hat mit dem HTTP-Status %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigSource</name>
    <message>
        <source>found at %1</source>
        <translation>gefunden unter %1</translation>
    </message>
    <message>
        <source>downloaded without encryption from %1</source>
        <translation>unverschlüsselt von %1 heruntergeladen</translation>
    </message>
</context>
<context>
    <name>DiscoveredSettings</name>
    <message>
        <source>These settings were found in a way that cannot be verified (%1). Check them before you enter your password.</source>
        <translation>Diese Einstellungen wurden auf einem Weg gefunden, der sich nicht überprüfen lässt (%1). Prüfen Sie sie, bevor Sie Ihr Passwort eingeben.</translation>
    </message>
    <message>
        <source>DNS service records name only servers and ports. The user name is assumed to be your full e-mail address.</source>
        <translation>DNS-Diensteinträge nennen nur Server und Ports. Als Benutzername wird Ihre vollständige E-Mail-Adresse angenommen.</translation>
    </message>
    <message>
        <source>unsigned DNS records point to servers outside %1</source>
        <translation>nicht signierte DNS-Einträge verweisen auf Server außerhalb von %1</translation>
    </message>
</context>
<context>
    <name>DiscoveryPlan</name>
    <message>
        <source>the domain %1 (never your full address)</source>
        <translation>die Domain %1 (nie Ihre vollständige Adresse)</translation>
    </message>
    <message>
        <source>a question for the MX record of %1 to your DNS server; if the mail server belongs to another provider, that provider&apos;s domain goes to %2 and to its own autoconfig address</source>
        <translation>eine Anfrage nach dem MX-Eintrag von %1 an Ihren DNS-Server; gehört der Mailserver zu einem anderen Anbieter, geht dessen Domain an %2 und an seine eigene Autoconfig-Adresse</translation>
    </message>
    <message>
        <source>questions for %1 to your DNS server</source>
        <translation>Anfragen nach %1 an Ihren DNS-Server</translation>
    </message>
</context>
<context>
    <name>DiscoveryProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>DiscoveryRun</name>
    <message>
        <source>asking …</source>
        <translation>wird gefragt …</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the online lookup ended after %1 seconds</source>
        <translation>die Online-Suche wurde nach %1 Sekunden beendet</translation>
    </message>
    <message>
        <source>not needed: a better source answered</source>
        <translation>nicht nötig: eine bessere Quelle hat geantwortet</translation>
    </message>
</context>
<context>
    <name>MxSource</name>
    <message>
        <source>the DNS query for %1 failed: %2</source>
        <translation>die DNS-Anfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 hat keinen MX-Eintrag</translation>
    </message>
    <message>
        <source>Mail for %1 is received by %2 (mail server %3).</source>
        <translation>E-Mails für %1 empfängt %2 (Mailserver %3).</translation>
    </message>
    <message>
        <source>a guess from the mail server %1 of another domain</source>
        <translation>eine Vermutung anhand des Mailservers %1 einer anderen Domain</translation>
    </message>
    <message>
        <source>mail server %1 belongs to %2</source>
        <translation>der Mailserver %1 gehört zu %2</translation>
    </message>
    <message>
        <source>the mail server %1 is not run by a known provider</source>
        <translation>der Mailserver %1 wird von keinem bekannten Anbieter betrieben</translation>
    </message>
    <message>
        <source>mail server %1, nothing known about %2: %3</source>
        <translation>Mailserver %1, über %2 ist nichts bekannt: %3</translation>
    </message>
    <message>
        <source>mail server %1, settings of %2 found at %3</source>
        <translation>Mailserver %1, Einstellungen von %2 gefunden unter %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mail Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsResolver</name>
    <message>
        <source>The provider that took over these addresses is not in the catalog, so no servers can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings could not be confirmed from a current public source. They are the best known settings; if they do not work, ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be outdated: these settings were last checked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server offers no encryption: your password would travel unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 (sign-in in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (only from the provider&apos;s network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch mail first (SMTP after POP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in copy of Thunderbird&apos;s provider database (ISPDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird&apos;s online provider database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s own configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s mail server (MX record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s DNS service records (SRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings are known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain in mail programs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now served by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s help: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SrvSource</name>
    <message>
        <source>service records of %1</source>
        <translation>Diensteinträge von %1</translation>
    </message>
    <message>
        <source>the service records of %1 name only incoming or only outgoing servers</source>
        <translation>die Diensteinträge von %1 nennen nur Posteingangs- oder nur Postausgangsserver</translation>
    </message>
    <message>
        <source>the service records of %1 say that no mail service is offered</source>
        <translation>laut den Diensteinträgen von %1 wird kein E-Mail-Dienst angeboten</translation>
    </message>
    <message>
        <source>the DNS query failed: %1</source>
        <translation>die DNS-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 has no mail service records</source>
        <translation>%1 hat keine Diensteinträge für E-Mail</translation>
    </message>
</context>
</TS>
