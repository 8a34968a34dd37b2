#include "model/io/referencedesign.h"

#include "model/io/documentimporter.h"

#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace (the resource lives in a static library).
static void initReferenceResource()
{
    Q_INIT_RESOURCE(reference);
}

namespace Scaleplan {

QByteArray ReferenceDesign::documentText()
{
    initReferenceResource();
    QFile file(QStringLiteral(":/reference/scalability-design.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString ReferenceDesign::documentName()
{
    return QStringLiteral("scalability-design.md");
}

DesignData ReferenceDesign::load()
{
    ImportOptions options;
    options.applyFixes = true;
    options.completeTopology = true;
    ImportResult result = DocumentImporter::importText(documentText(), documentName(), options);
    result.design.name = QStringLiteral("Scalability Design (reference)");
    return result.design;
}

} // namespace Scaleplan
