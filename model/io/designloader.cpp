#include "model/io/designloader.h"

#include "model/io/documentimporter.h"
#include "model/io/projectfile.h"

namespace Scaleplan {

std::optional<DesignData> DesignLoader::load(const QString &path, QString *error)
{
    if (ProjectFile::looksLikeProject(path))
        return ProjectFile::load(path, error);
    ImportResult result = DocumentImporter::importFile(path);
    if (!result.ok) {
        if (error)
            *error = result.fatalError;
        return std::nullopt;
    }
    return result.design;
}

} // namespace Scaleplan
