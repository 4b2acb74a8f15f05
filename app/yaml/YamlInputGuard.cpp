// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/YamlInputGuard.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace mailsetup {

namespace {

struct AliasFound {
    YAML::Mark mark;
};

/// Walks the parser's events without building nodes and stops at the first alias.
class AliasDetector final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { throw AliasFound{mark}; }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

} // namespace

std::optional<YamlInputGuard::Refusal> YamlInputGuard::check(const QByteArray &yaml)
{
    if (!yaml.contains('*'))
        return std::nullopt; // no alias possible; skip the extra pass
    std::istringstream stream(yaml.toStdString());
    try {
        YAML::Parser parser(stream);
        AliasDetector detector;
        parser.HandleNextDocument(detector);
    } catch (const AliasFound &found) {
        return Refusal{found.mark.line + 1, found.mark.column + 1,
                       QStringLiteral("aliases (*name) are not supported in catalog files")};
    } catch (const YAML::Exception &) {
        // Syntax errors are reported, with their position, by the real parse that follows.
    }
    return std::nullopt;
}

} // namespace mailsetup
