#include "model/io/filecheck.h"

#include <QFileInfo>

#include <sys/stat.h>

namespace Scaleplan {

QString FileCheck::readableProblem(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("no such file");
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("is a directory, not a file");
    if (!S_ISREG(st.st_mode))
        return QStringLiteral("is not a regular file (a device, named pipe or socket)");
    return {};
}

QString FileCheck::writeTarget(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QString target = path;
    if (info.isSymLink()) {
        target = info.symLinkTarget();
        if (target.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: the symbolic link points nowhere").arg(path);
            return {};
        }
    }
    struct stat st {};
    if (::stat(QFile::encodeName(target).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (error)
            *error = QStringLiteral("%1: %2, refusing to replace it")
                         .arg(path, S_ISDIR(st.st_mode) ? QStringLiteral("is a directory")
                                                        : QStringLiteral("is not a regular file (a device, named pipe or socket)"));
        return {};
    }
    return target;
}

} // namespace Scaleplan
