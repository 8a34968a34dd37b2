// scaleplan-cli diff A B [--format text|json]: what changed between two designs, for code review.
#include "app/cli/clicommands.h"

#include "model/designdiff.h"
#include "model/io/designloader.h"
#include "model/io/referencedesign.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scaleplan::Cli {

namespace {
const char *kDiffUsage = "usage: scaleplan-cli diff A B [--format text|json]\n"
                         "A and B: .scaleplan projects, design YAML files (scaleplan: design/v1), importable\n"
                         "documents, or 'reference'. Exit codes: 0 equal, 1 different, 2 unusable input.\n";
} // namespace

/// Loads both designs (DesignLoader: project, design YAML or document, imported as written) and
/// prints DesignDiff::toText() or toJson(). Exit 0 when equal, 1 when they differ, 2 when an input
/// cannot be loaded or the arguments are wrong.
int diffCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Compare two designs: objects added, removed, renamed, moved, and every changed field."));
    p.addPositionalArgument(QStringLiteral("A"), QStringLiteral("the old design"));
    p.addPositionalArgument(QStringLiteral("B"), QStringLiteral("the new design"));
    p.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addHelpOption();
    if (!p.parse(args)) {
        err << p.errorText() << '\n' << kDiffUsage;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (p.positionalArguments().size() != 2 || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err << kDiffUsage;
        return 2;
    }
    std::optional<DesignData> designs[2];
    for (int i = 0; i < 2; ++i) {
        const QString input = p.positionalArguments().at(i);
        QString error;
        designs[i] = input == QLatin1String("reference") ? std::optional<DesignData>(ReferenceDesign::load())
                                                         : DesignLoader::load(input, &error);
        if (!designs[i]) {
            err << "scaleplan-cli: " << error << '\n';
            return 2;
        }
        // A document whose YAML could not be read is not "an empty design": comparing it would
        // report everything as added or removed. Refuse it with the reader's errors.
        bool unreadable = false;
        for (const Diagnostic &d : designs[i]->importDiagnostics) {
            if (d.severity == Severity::Error && d.rule.startsWith(QLatin1String("import."))) {
                err << "scaleplan-cli: " << d.source.toString() << ": " << d.message << '\n';
                unreadable = true;
            }
        }
        if (unreadable)
            return 2;
    }
    const DesignDiff diff = DesignDiff::compare(*designs[0], *designs[1]);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(diff.toJson());
    else
        out << diff.toText();
    return diff.isEmpty() ? 0 : 1;
}

} // namespace Scaleplan::Cli
