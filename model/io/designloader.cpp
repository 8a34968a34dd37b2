#include "model/io/designloader.h"

#include "model/io/designyaml.h"
#include "model/io/documentimporter.h"
#include "model/io/filecheck.h"
#include "model/io/projectfile.h"

#include <QFile>

namespace Scaleplan {

std::optional<DesignData> DesignLoader::load(const QString &path, QString *error)
{
    if (const QString problem = FileCheck::readableProblem(path); !problem.isEmpty()) {
        if (error)
            *error = path + QStringLiteral(": ") + problem;
        return std::nullopt;
    }
    if (ProjectFile::looksLikeProject(path))
        return ProjectFile::load(path, error);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && DesignYaml::looksLikeDesignYaml(file.peek(4096))) {
        if (file.size() > DocumentImporter::kMaxInputBytes) {
            if (error)
                *error = QStringLiteral("%1: too large for a design file (%2 bytes, at most %3)")
                             .arg(path)
                             .arg(file.size())
                             .arg(DocumentImporter::kMaxInputBytes);
            return std::nullopt;
        }
        DesignYamlReadResult result = DesignYaml::read(file.readAll(), path);
        if (!result.ok) {
            if (error)
                *error = result.errorText();
            return std::nullopt;
        }
        return std::move(result.design);
    }
    file.close();
    ImportResult result = DocumentImporter::importFile(path);
    if (!result.ok) {
        if (error)
            *error = result.fatalError;
        return std::nullopt;
    }
    return result.design;
}

} // namespace Scaleplan
