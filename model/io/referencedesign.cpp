#include "model/io/referencedesign.h"

#include "model/io/documentimporter.h"

#include <QFile>

namespace Scaleplan {

QByteArray ReferenceDesign::documentText()
{
    Q_INIT_RESOURCE(reference);
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
