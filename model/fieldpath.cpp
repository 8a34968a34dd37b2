#include "model/fieldpath.h"

namespace Scaleplan::FieldPath {

QList<Step> parse(const QString &path, QString *error)
{
    QList<Step> steps;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<Step>{};
    };
    int i = 0;
    const int n = int(path.size());
    bool expectKey = true;
    while (i < n) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('[')) {
            const int close = int(path.indexOf(QLatin1Char(']'), i));
            if (close < 0)
                return fail(QStringLiteral("unclosed '[' at %1").arg(i + 1));
            const QString inner = path.mid(i + 1, close - i - 1);
            if (inner.startsWith(QLatin1Char('"'))) {
                if (inner.size() < 2 || !inner.endsWith(QLatin1Char('"')))
                    return fail(QStringLiteral("unterminated quoted key at %1").arg(i + 1));
                steps.append(Step{inner.mid(1, inner.size() - 2), -1});
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok || index < 0)
                    return fail(QStringLiteral("bad list index '%1'").arg(inner));
                steps.append(Step{QString(), index});
            }
            i = close + 1;
            expectKey = false;
        } else if (c == QLatin1Char('.')) {
            if (expectKey)
                return fail(QStringLiteral("empty key at %1").arg(i + 1));
            ++i;
            expectKey = true;
        } else {
            int j = i;
            while (j < n && path.at(j) != QLatin1Char('.') && path.at(j) != QLatin1Char('['))
                ++j;
            steps.append(Step{path.mid(i, j - i), -1});
            i = j;
            expectKey = false;
        }
    }
    if (steps.isEmpty() || expectKey)
        return fail(QStringLiteral("empty path"));
    return steps;
}

QVariant value(const QVariantMap &root, const QString &path)
{
    const QList<Step> steps = parse(path);
    if (steps.isEmpty())
        return {};
    QVariant current = root;
    for (const Step &step : steps) {
        if (step.isIndex()) {
            if (current.typeId() != QMetaType::QVariantList)
                return {};
            const QVariantList list = current.toList();
            if (step.index >= list.size())
                return {};
            current = list.at(step.index);
        } else {
            if (current.typeId() != QMetaType::QVariantMap)
                return {};
            const QVariantMap map = current.toMap();
            const auto it = map.constFind(step.key);
            if (it == map.constEnd())
                return {};
            current = *it;
        }
    }
    return current;
}

namespace {
bool setIn(QVariant &node, const QList<Step> &steps, int at, const QVariant &value)
{
    const Step &step = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (step.isIndex()) {
        if (node.typeId() != QMetaType::QVariantList) {
            if (node.isValid())
                return false;
            node = QVariantList{};
        }
        QVariantList list = node.toList();
        if (step.index > list.size())
            return false;
        if (last) {
            if (!value.isValid()) {
                if (step.index < list.size())
                    list.removeAt(step.index);
            } else if (step.index == list.size()) {
                list.append(value);
            } else {
                list[step.index] = value;
            }
        } else {
            if (step.index == list.size())
                list.append(QVariant());
            if (!setIn(list[step.index], steps, at + 1, value))
                return false;
        }
        node = list;
        return true;
    }
    if (node.typeId() != QMetaType::QVariantMap) {
        if (node.isValid())
            return false;
        node = QVariantMap{};
    }
    QVariantMap map = node.toMap();
    if (last) {
        if (value.isValid())
            map.insert(step.key, value);
        else
            map.remove(step.key);
    } else {
        QVariant childNode = map.value(step.key);
        if (!setIn(childNode, steps, at + 1, value))
            return false;
        map.insert(step.key, childNode);
    }
    node = map;
    return true;
}

void collect(const QVariant &node, const QString &path, QList<QPair<QString, QVariant>> &out)
{
    if (node.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = node.toMap();
        if (map.isEmpty() && !path.isEmpty()) {
            out.append({path, node});
            return;
        }
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            collect(it.value(), path.isEmpty() ? child(QString(), it.key()) : child(path, it.key()), out);
    } else if (node.typeId() == QMetaType::QVariantList) {
        const QVariantList list = node.toList();
        if (list.isEmpty()) {
            out.append({path, node});
            return;
        }
        for (int i = 0; i < list.size(); ++i)
            collect(list.at(i), element(path, i), out);
    } else {
        out.append({path, node});
    }
}
} // namespace

bool setValue(QVariantMap &root, const QString &path, const QVariant &value)
{
    const QList<Step> steps = parse(path);
    if (steps.isEmpty())
        return false;
    QVariant node = root;
    if (!setIn(node, steps, 0, value))
        return false;
    root = node.toMap();
    return true;
}

QList<QPair<QString, QVariant>> leaves(const QVariantMap &root)
{
    QList<QPair<QString, QVariant>> out;
    collect(root, QString(), out);
    return out;
}

QString child(const QString &parent, const QString &key)
{
    const bool quote = key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('['))
        || key.contains(QLatin1Char('"')) || key.isEmpty();
    const QString step = quote ? QStringLiteral("[\"%1\"]").arg(key) : key;
    if (parent.isEmpty())
        return step;
    if (quote)
        return QString(parent + step);
    return QString(parent + QLatin1Char('.') + step);
}

QString element(const QString &parent, int index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace Scaleplan::FieldPath
