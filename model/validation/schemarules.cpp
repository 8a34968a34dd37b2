#include "model/validation/schemarules.h"

#include "model/cidr/cidr.h"
#include "model/fieldpath.h"
#include "model/fieldschema.h"
#include "model/quantity.h"

#include <QSet>
#include <cmath>

namespace Scaleplan::SchemaRules {

using RuleSupport::makeDiagnostic;

namespace {

const QString kUnknown = QStringLiteral("schema.unknown-field");
const QString kType = QStringLiteral("schema.type");
const QString kEnum = QStringLiteral("schema.enum");
const QString kRange = QStringLiteral("schema.range");
const QString kRequired = QStringLiteral("schema.required");

/// What another rule already reports, by check: (kind, pattern) pairs this group stays silent on.
struct Skips {
    QSet<QString> unknown, type, enums, range, required;

    static QString key(ObjectKind kind, const QString &pattern) { return QString(kindName(kind) + QLatin1Char('|') + pattern); }
};

const Skips &skips()
{
    static const Skips s = [] {
        Skips s;
        using K = ObjectKind;
        auto add = [](QSet<QString> &set, K kind, std::initializer_list<const char *> patterns) {
            for (const char *p : patterns)
                set.insert(Skips::key(kind, QString::fromUtf8(p)));
        };
        // karpenter.field-placement: fields of the other NodePool version.
        add(s.unknown, K::NodePool,
            {"spec.template.spec.expireAfter", "spec.template.spec.terminationGracePeriod", "spec.replicas",
             "spec.disruption.budgets[].reasons", "spec.template.spec.nodeClassRef.group", "spec.disruption.expireAfter",
             "spec.template.spec.kubelet", "spec.template.spec.resources", "spec.template.spec.nodeClassRef.apiVersion"});
        // karpenter.consolidation-policy / karpenter.consolidate-after.
        add(s.enums, K::NodePool, {"spec.disruption.consolidationPolicy"});
        // istio.outlier-in-connection-pool.
        add(s.unknown, K::DestinationRule,
            {"spec.trafficPolicy.connectionPool.http.consecutiveGatewayErrors", "spec.trafficPolicy.connectionPool.http.consecutive5xxErrors",
             "spec.trafficPolicy.connectionPool.http.consecutiveErrors",
             "spec.trafficPolicy.connectionPool.http.consecutiveLocalOriginFailures",
             "spec.trafficPolicy.connectionPool.http.splitExternalLocalOriginErrors", "spec.trafficPolicy.connectionPool.http.interval",
             "spec.trafficPolicy.connectionPool.http.baseEjectionTime", "spec.trafficPolicy.connectionPool.http.maxEjectionPercent",
             "spec.trafficPolicy.connectionPool.http.minHealthPercent"});
        // chaos.podchaos-scheduler.
        add(s.unknown, K::PodChaos, {"spec.scheduler"});
        // aws.dynamodb.billing-mode / aws.dynamodb.gsi-billing-mode.
        add(s.enums, K::DynamoDBTable, {"BillingMode"});
        add(s.unknown, K::DynamoDBTable, {"GlobalSecondaryIndexes[].BillingMode"});
        // k8s.hpa.min-max and k8s.hpa.metric-target.
        add(s.range, K::HorizontalPodAutoscaler, {"spec.minReplicas", "spec.maxReplicas"});
        add(s.required, K::HorizontalPodAutoscaler, {"spec.maxReplicas", "spec.metrics[].type"});
        add(s.enums, K::HorizontalPodAutoscaler, {"spec.metrics[].type"});
        for (const char *source : {"resource", "containerResource", "pods", "object", "external"}) {
            const QString target = QStringLiteral("spec.metrics[].%1.target").arg(QLatin1String(source));
            s.required.insert(Skips::key(K::HorizontalPodAutoscaler, target));
            s.required.insert(Skips::key(K::HorizontalPodAutoscaler, QString(target + QStringLiteral(".type"))));
            s.enums.insert(Skips::key(K::HorizontalPodAutoscaler, QString(target + QStringLiteral(".type"))));
        }
        // design.connection-endpoint / design.connection-request-share.
        for (QSet<QString> *set : {&s.type, &s.enums, &s.range, &s.required})
            add(*set, K::Connection, {"FromId", "ToId", "Type", "RequestShare"});
        // cidr.syntax.
        add(s.type, K::Vpc, {"CidrBlock", "SecondaryCidrBlocks[]"});
        add(s.type, K::Subnet, {"CidrBlock"});
        add(s.type, K::EksCluster, {"KubernetesNetworkConfig.ServiceIpv4Cidr"});
        return s;
    }();
    return s;
}

bool skipped(const QSet<QString> &set, ObjectKind kind, const QString &pattern)
{
    return set.contains(Skips::key(kind, pattern));
}

bool isInteger(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d);
    }
    default:
        return false;
    }
}

bool isNumber(const QVariant &v)
{
    return isInteger(v) || ((v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) && std::isfinite(v.toDouble()));
}

bool isString(const QVariant &v)
{
    return v.typeId() == QMetaType::QString;
}

bool isScalar(const QVariant &v)
{
    return !RuleSupport::isMap(v) && !RuleSupport::isList(v);
}

/// "the string \"3\"", "the number 3", "true", "a map", "a list".
QString describe(const QVariant &v)
{
    if (RuleSupport::isMap(v))
        return QStringLiteral("a map");
    if (RuleSupport::isList(v))
        return QStringLiteral("a list");
    if (v.typeId() == QMetaType::Bool)
        return QStringLiteral("the boolean %1").arg(RuleSupport::text(v));
    if (isString(v))
        return QStringLiteral("the string \"%1\"").arg(v.toString());
    return QStringLiteral("the number %1").arg(RuleSupport::text(v));
}

QString expected(const FieldSpec &spec)
{
    switch (spec.type) {
    case FieldSpec::Type::String:
        return spec.intOrString ? QStringLiteral("a string or an integer") : QStringLiteral("a string");
    case FieldSpec::Type::Int:
        return QStringLiteral("an integer");
    case FieldSpec::Type::Number:
        return QStringLiteral("a number");
    case FieldSpec::Type::Bool:
        return QStringLiteral("true or false");
    case FieldSpec::Type::Quantity:
        return QStringLiteral("a quantity (a number, or text such as 500m, 2, 4Gi)");
    case FieldSpec::Type::Duration:
        return spec.enumValues.isEmpty() ? QStringLiteral("a duration as text (30s, 5m, 1h30m)")
                                         : QStringLiteral("a duration as text (30s, 5m, 1h30m) or %1")
                                               .arg(RuleSupport::joinedList(spec.enumValues, QStringLiteral(" or ")));
    case FieldSpec::Type::Cidr:
        return QStringLiteral("a CIDR block as text (10.0.0.0/16, 2001:db8::/56)");
    case FieldSpec::Type::Map:
        return QStringLiteral("a map");
    case FieldSpec::Type::List:
        return QStringLiteral("a list");
    case FieldSpec::Type::Enum:
        return QStringLiteral("one of %1").arg(RuleSupport::joinedList(spec.enumValues, QStringLiteral(" or ")));
    }
    return {};
}

/// Levenshtein distance, case-insensitive, for "did you mean" hints.
int distance(const QString &a, const QString &b)
{
    const QString x = a.toLower(), y = b.toLower();
    QList<int> prev(y.size() + 1), cur(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x.at(i - 1) == y.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

/// The last key of a pattern ("spec.minReplicas" -> "minReplicas").
QString lastKey(const QString &pattern)
{
    const QList<FieldPath::Step> steps = FieldPath::parse(QString(pattern).replace(QLatin1String("[]"), QLatin1String("[0]")));
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        if (!steps.at(i).isIndex())
            return steps.at(i).key;
    }
    return pattern;
}

struct Checker {
    const DesignData &design;
    const DesignObject &object;
    QList<Diagnostic> &out;
    QString apiVersion;
    bool kubernetes = false;
    bool unknownChecked = true;

    const FieldSpec *spec(const QString &concrete) const { return FieldSchema::find(object.kind, concrete, apiVersion); }

    QString sourceOf(const FieldSpec &s) const { return s.source; }

    void report(Severity severity, const QString &rule, const QString &path, const QString &message,
                const QList<FieldChange> &fix = {}, const QString &fixDescription = {})
    {
        Diagnostic d = makeDiagnostic(design, object, severity, rule, path, message);
        d.fix = fix;
        d.fixDescription = fixDescription;
        out.append(d);
    }

    void walkMap(const QVariantMap &map, const QString &concrete, const QString &pattern)
    {
        const FieldSpec::Keys keys = FieldSchema::keysBelow(object.kind, pattern, apiVersion);
        const QList<const FieldSpec *> children = FieldSchema::childrenOf(object.kind, pattern, apiVersion);
        for (const FieldSpec *child : children) {
            if (!child->required || skipped(skips().required, object.kind, child->path))
                continue;
            const QString key = lastKey(child->path);
            const QVariant value = map.value(key);
            if (value.isValid() && !value.isNull())
                continue;
            report(Severity::Error, kRequired, FieldPath::child(concrete, key),
                   QStringLiteral("%1 is required but missing (%2). %3")
                       .arg(FieldPath::child(concrete, key), child->source, child->description));
        }
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString childConcrete = FieldPath::child(concrete, it.key());
            const QString childPattern = FieldPath::child(pattern, it.key());
            const FieldSpec *s = spec(childConcrete);
            if (!s) {
                if (keys == FieldSpec::Keys::Closed && unknownChecked && !skipped(skips().unknown, object.kind, childPattern))
                    reportUnknown(map, it.key(), childConcrete, concrete, children);
                continue;
            }
            walkValue(it.value(), childConcrete, childPattern, *s);
        }
    }

    void reportUnknown(const QVariantMap &map, const QString &key, const QString &path, const QString &parent,
                       const QList<const FieldSpec *> &siblings)
    {
        QStringList known;
        QString closest;
        int best = 3;
        for (const FieldSpec *s : siblings) {
            const QString name = lastKey(s->path);
            known.append(name);
            const int d = distance(key, name);
            if (d < best && !map.contains(name)) {
                best = d;
                closest = name;
            }
        }
        const QString where = parent.isEmpty() ? QStringLiteral("at the top level") : QStringLiteral("under %1").arg(parent);
        const QString owner = QString(kindName(object.kind)
                                      + (apiVersion.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(apiVersion)));
        QString message = QStringLiteral("Unknown field \"%1\" %2: %3 defines no such field").arg(key, where, owner);
        if (!closest.isEmpty())
            message += QStringLiteral("; did you mean \"%1\"?").arg(closest);
        else if (!known.isEmpty() && known.size() <= 12)
            message += QStringLiteral(" (known here: %1).").arg(known.join(QStringLiteral(", ")));
        else
            message += QLatin1Char('.');
        const QString source = siblings.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(siblings.constFirst()->source);
        message += kubernetes
            ? QStringLiteral(" The API server's strict field validation rejects it, or it is silently dropped%1.").arg(source)
            : QStringLiteral(" CloudFormation rejects an unknown property and the design ignores it%1.").arg(source);
        QList<FieldChange> fix;
        QString fixDescription;
        if (!closest.isEmpty() && closest.compare(key, Qt::CaseInsensitive) == 0) {
            fix = {FieldChange{object.id, path, QVariant()},
                   FieldChange{object.id, FieldPath::child(parent, closest), map.value(key)}};
            fixDescription = QStringLiteral("Rename %1 to %2.").arg(key, closest);
        }
        report(Severity::Warning, kUnknown, path, message, fix, fixDescription);
    }

    /// The type check; empty when the value fits, else the reason. `fix` gets a converted value
    /// when the text is unambiguous ("3" for an int).
    QString typeProblem(const FieldSpec &s, const QVariant &v, QVariant *fix) const
    {
        switch (s.type) {
        case FieldSpec::Type::String:
            if (isString(v))
                return {};
            if (s.intOrString && isInteger(v))
                return {};
            if (!kubernetes && isScalar(v))
                return {}; // CloudFormation converts scalars to strings
            if (isScalar(v))
                *fix = RuleSupport::text(v);
            return QStringLiteral("x");
        case FieldSpec::Type::Int:
            if (isInteger(v))
                return {};
            if (isString(v)) {
                bool ok = false;
                const qlonglong n = v.toString().trimmed().toLongLong(&ok);
                if (ok)
                    *fix = n;
            }
            return QStringLiteral("x");
        case FieldSpec::Type::Number:
            if (isNumber(v))
                return {};
            if (isString(v)) {
                bool ok = false;
                const double n = v.toString().trimmed().toDouble(&ok);
                if (ok && std::isfinite(n))
                    *fix = n;
            }
            return QStringLiteral("x");
        case FieldSpec::Type::Bool:
            if (v.typeId() == QMetaType::Bool)
                return {};
            if (isString(v)) {
                const QString t = v.toString().trimmed();
                const bool isBool = t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                    || t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
                if (isBool && !kubernetes)
                    return {}; // CloudFormation accepts "true"/"false" for Boolean properties
                if (isBool)
                    *fix = RuleSupport::isTrue(v);
            }
            return QStringLiteral("x");
        case FieldSpec::Type::Quantity:
            if (isNumber(v) || (isString(v) && Quantity::parse(v)))
                return {};
            return QStringLiteral("x");
        case FieldSpec::Type::Duration:
            if (isString(v) && (s.enumValues.contains(v.toString()) || Quantity::durationSeconds(v)))
                return {};
            if (!kubernetes && isNumber(v))
                return {}; // a bare number is seconds in the design notation
            if (isNumber(v) && kubernetes)
                *fix = Quantity::formatDuration(v.toDouble());
            return QStringLiteral("x");
        case FieldSpec::Type::Cidr: {
            if (!isString(v))
                return QStringLiteral("x");
            Cidr::ParseError error;
            if (Cidr::parse(v.toString(), &error))
                return {};
            if (!error.suggestion.isEmpty())
                *fix = error.suggestion;
            return error.message;
        }
        case FieldSpec::Type::Map:
            return RuleSupport::isMap(v) ? QString() : QStringLiteral("x");
        case FieldSpec::Type::List:
            return RuleSupport::isList(v) ? QString() : QStringLiteral("x");
        case FieldSpec::Type::Enum:
            if (isString(v) || (!kubernetes && isScalar(v)))
                return {};
            if (isScalar(v))
                *fix = RuleSupport::text(v);
            return QStringLiteral("x");
        }
        return {};
    }

    /// A CloudFormation intrinsic function ({"Ref": ...}, {"Fn::GetAtt": ...}, {"Fn::Sub": ...},
    /// {"Condition": ...}; the YAML short forms !Ref, !GetAtt, !Sub are read as these): its value is
    /// known only when the stack is created, so it stands for a value of any type (AWS CloudFormation
    /// User Guide, "Intrinsic function reference").
    bool isIntrinsic(const QVariant &v) const
    {
        if (kubernetes || !RuleSupport::isMap(v))
            return false;
        const QVariantMap m = v.toMap();
        if (m.size() != 1)
            return false;
        const QString key = m.firstKey();
        return key == QLatin1String("Ref") || key == QLatin1String("Condition") || key.startsWith(QLatin1String("Fn::"));
    }

    void walkValue(const QVariant &v, const QString &path, const QString &pattern, const FieldSpec &s)
    {
        if (!v.isValid() || v.isNull() || isIntrinsic(v))
            return;
        if (!skipped(skips().type, object.kind, pattern)) {
            QVariant fix;
            const QString problem = typeProblem(s, v, &fix);
            if (!problem.isEmpty()) {
                QString message = QStringLiteral("%1 is %2, but %3 must be %4").arg(path, describe(v), lastKey(pattern), expected(s));
                if (problem != QLatin1String("x"))
                    message += QStringLiteral(": %1").arg(problem);
                message += QStringLiteral(" (%1).").arg(s.source);
                QList<FieldChange> changes;
                QString fixDescription;
                if (fix.isValid()) {
                    changes = {FieldChange{object.id, path, fix}};
                    fixDescription = QStringLiteral("Write %1 as %2.").arg(path, describe(fix));
                }
                report(Severity::Error, kType, path, message, changes, fixDescription);
                return;
            }
        }
        checkEnum(v, path, pattern, s);
        checkRange(v, path, pattern, s);
        if (s.type == FieldSpec::Type::Map && RuleSupport::isMap(v)) {
            walkMap(v.toMap(), path, pattern);
        } else if (s.type == FieldSpec::Type::List && RuleSupport::isList(v)) {
            const QVariantList list = v.toList();
            const QString elementPattern = QString(pattern + QStringLiteral("[]"));
            for (int i = 0; i < list.size(); ++i) {
                const QString elementPath = FieldPath::element(path, i);
                const QVariant &element = list.at(i);
                if (const FieldSpec *es = spec(elementPath)) {
                    walkValue(element, elementPath, elementPattern, *es);
                } else if (RuleSupport::isMap(element)) {
                    walkMap(element.toMap(), elementPath, elementPattern);
                }
            }
        }
    }

    void checkEnum(const QVariant &v, const QString &path, const QString &pattern, const FieldSpec &s)
    {
        const bool enumLike = s.type == FieldSpec::Type::Enum || (s.type == FieldSpec::Type::Int && !s.enumValues.isEmpty());
        if (!enumLike || s.enumValues.isEmpty() || skipped(skips().enums, object.kind, pattern))
            return;
        const QString value = RuleSupport::text(v);
        if (s.enumValues.contains(value))
            return;
        QString match;
        for (const QString &allowed : s.enumValues) {
            if (allowed.compare(value.trimmed(), Qt::CaseInsensitive) == 0)
                match = allowed;
        }
        QList<FieldChange> fix;
        QString fixDescription;
        if (!match.isEmpty()) {
            fix = {FieldChange{object.id, path, s.type == FieldSpec::Type::Int ? QVariant(match.toInt()) : QVariant(match)}};
            fixDescription = QStringLiteral("Use %1.").arg(match);
        }
        report(Severity::Error, kEnum, path,
               QStringLiteral("%1 is \"%2\", but %3 accepts only %4 (%5).")
                   .arg(path, value, lastKey(pattern), RuleSupport::joinedList(s.enumValues, QStringLiteral(" or ")), s.source),
               fix, fixDescription);
    }

    void checkRange(const QVariant &v, const QString &path, const QString &pattern, const FieldSpec &s)
    {
        if ((!s.minimum && !s.maximum) || skipped(skips().range, object.kind, pattern))
            return;
        std::optional<double> number;
        switch (s.type) {
        case FieldSpec::Type::Int:
        case FieldSpec::Type::Number:
            if (isNumber(v))
                number = v.toDouble();
            break;
        case FieldSpec::Type::Quantity:
            number = Quantity::parse(v);
            break;
        case FieldSpec::Type::Duration:
            if (!(isString(v) && s.enumValues.contains(v.toString())))
                number = Quantity::durationSeconds(v);
            break;
        default:
            break;
        }
        if (!number)
            return;
        const bool low = s.minimum && *number < *s.minimum;
        const bool high = s.maximum && *number > *s.maximum;
        if (!low && !high)
            return;
        auto shown = [](double x) { return QString::number(x, 'g', 12); };
        QString bounds;
        if (s.minimum && s.maximum)
            bounds = QStringLiteral("between %1 and %2").arg(shown(*s.minimum), shown(*s.maximum));
        else if (s.minimum)
            bounds = QStringLiteral("at least %1").arg(shown(*s.minimum));
        else
            bounds = QStringLiteral("at most %1").arg(shown(*s.maximum));
        const QString unit = s.unit.isEmpty() || s.type == FieldSpec::Type::Quantity ? QString() : QString(QLatin1Char(' ') + s.unit);
        report(Severity::Error, kRange, path,
               QStringLiteral("%1 is %2, but %3 must be %4%5 (%6). %7")
                   .arg(path, RuleSupport::text(v), lastKey(pattern), bounds, unit, s.source, s.description));
    }
};

} // namespace

QList<RuleSupport::RuleInfo> rules()
{
    const QString source = QStringLiteral("model/fieldschema.h tables: Kubernetes API reference / CRD schemas, CloudFormation "
                                          "resource reference, model/OBJECTS.md");
    return {
        {kEnum, Severity::Error, QStringLiteral("a value outside the field's allowed values"), source},
        {kRange, Severity::Error, QStringLiteral("a number, quantity or duration outside the field's documented bounds"), source},
        {kRequired, Severity::Error, QStringLiteral("a required field missing from a map that is present"), source},
        {kType, Severity::Error, QStringLiteral("a value of the wrong type (string for int, map for list, malformed quantity / duration / CIDR)"),
         source},
        {kUnknown, Severity::Warning,
         QStringLiteral("a key the schema does not define below a fully listed map (never in free-form maps)"), source},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    for (ObjectId id : design.preorder()) {
        const DesignObject &object = *design.object(id);
        Checker checker{design, object, out, QString(), false, true};
        checker.kubernetes = isKubernetesKind(object.kind);
        if (checker.kubernetes) {
            checker.apiVersion = object.fields.value(QStringLiteral("apiVersion")).toString();
            checker.unknownChecked = FieldSchema::apiVersions(object.kind).contains(checker.apiVersion);
        }
        checker.walkMap(object.fields, QString(), QString());
    }
}

} // namespace Scaleplan::SchemaRules
