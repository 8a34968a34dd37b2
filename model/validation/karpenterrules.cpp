#include "model/validation/karpenterrules.h"

#include "model/fieldpath.h"

namespace Scaleplan::KarpenterRules {

using RuleSupport::isMap;
using RuleSupport::makeDiagnostic;
using RuleSupport::text;

namespace {

enum class Version { Unknown, V1beta1, V1 };

Version nodePoolVersion(const DesignObject &object)
{
    const QString api = text(object.field(QStringLiteral("apiVersion")));
    if (api == QLatin1String("karpenter.sh/v1beta1"))
        return Version::V1beta1;
    if (api == QLatin1String("karpenter.sh/v1"))
        return Version::V1;
    return Version::Unknown;
}

Version nodeClassVersion(const DesignObject &object)
{
    const QString api = text(object.field(QStringLiteral("apiVersion")));
    if (api == QLatin1String("karpenter.k8s.aws/v1beta1"))
        return Version::V1beta1;
    if (api == QLatin1String("karpenter.k8s.aws/v1"))
        return Version::V1;
    return Version::Unknown;
}

const QString kPlacement = QStringLiteral("karpenter.field-placement");

/// consolidationPolicy enums of the two NodePool CRDs (nodepool_v1beta1.json, nodepool_v1.json).
QStringList policyValues(Version version)
{
    if (version == Version::V1beta1)
        return {QStringLiteral("WhenEmpty"), QStringLiteral("WhenUnderutilized")};
    return {QStringLiteral("WhenEmpty"), QStringLiteral("WhenEmptyOrUnderutilized"), QStringLiteral("Balanced")};
}

QString versionName(Version version)
{
    return version == Version::V1beta1 ? QStringLiteral("karpenter.sh/v1beta1") : QStringLiteral("karpenter.sh/v1");
}

/// Diagnostic + fix for a field that must move from `from` to `to` inside the same object: move
/// it when `to` is empty, drop it when `to` already holds the same value, no fix otherwise.
Diagnostic moveField(const DesignData &design, const DesignObject &object, const QString &rule, const QString &from,
                     const QString &to, const QString &message)
{
    Diagnostic d = makeDiagnostic(design, object, Severity::Error, rule, from, message);
    const QVariant value = object.field(from);
    const QVariant existing = object.field(to);
    if (!existing.isValid()) {
        d.fix = {FieldChange{object.id, to, value}, FieldChange{object.id, from, QVariant()}};
        d.fixDescription = QStringLiteral("Move %1 (%2) to %3.").arg(from, text(value), to);
    } else if (text(existing) == text(value)) {
        d.fix = {FieldChange{object.id, from, QVariant()}};
        d.fixDescription = QStringLiteral("Remove %1: %2 already holds the same value (%3).").arg(from, to, text(value));
    } else {
        d.message += QStringLiteral(" %1 already holds a different value (%2), so there is no automatic fix.")
                         .arg(to, text(existing));
    }
    return d;
}

void checkConsolidation(const DesignData &design, const DesignObject &pool, Version version, QList<Diagnostic> &out)
{
    const QString policyPath = QStringLiteral("spec.disruption.consolidationPolicy");
    const QString afterPath = QStringLiteral("spec.disruption.consolidateAfter");
    const QVariant policyValue = pool.field(policyPath);
    const QVariant after = pool.field(afterPath);
    const QString policy = text(policyValue);
    const QStringList allowed = policyValues(version);

    if (policyValue.isValid() && !allowed.contains(policy)) {
        Diagnostic d = makeDiagnostic(design, pool, Severity::Error, QStringLiteral("karpenter.consolidation-policy"), policyPath,
            QStringLiteral("consolidationPolicy \"%1\" is not a Karpenter value: karpenter.sh/v1beta1 accepts WhenEmpty or "
                           "WhenUnderutilized, karpenter.sh/v1 accepts WhenEmpty, WhenEmptyOrUnderutilized or Balanced "
                           "(NodePool CRD enums; Karpenter docs, NodePools, spec.disruption). This NodePool is %2.")
                .arg(policy, versionName(version)));
        const QString lower = policy.toLower();
        QString meant;
        if (lower.contains(QLatin1String("underutili")))
            meant = version == Version::V1beta1 ? QStringLiteral("WhenUnderutilized") : QStringLiteral("WhenEmptyOrUnderutilized");
        else if (lower.contains(QLatin1String("balanced")) && version == Version::V1)
            meant = QStringLiteral("Balanced");
        else if (lower.contains(QLatin1String("empty")))
            meant = QStringLiteral("WhenEmpty");
        if (!meant.isEmpty()) {
            d.fix = {FieldChange{pool.id, policyPath, meant}};
            d.fixDescription = QStringLiteral("Set consolidationPolicy to %1, the %2 value for \"%3\"").arg(meant, versionName(version), policy);
            if (version == Version::V1beta1 && meant == QLatin1String("WhenUnderutilized") && after.isValid()
                && text(after) != QLatin1String("Never")) {
                d.fix.append(FieldChange{pool.id, afterPath, QVariant()});
                d.fixDescription += QStringLiteral(", and remove consolidateAfter (%1), which karpenter.sh/v1beta1 rejects "
                                                   "together with WhenUnderutilized (CEL rule \"consolidateAfter cannot "
                                                   "be combined with consolidationPolicy=WhenUnderutilized\")")
                                        .arg(text(after));
            } else if (version == Version::V1beta1 && meant == QLatin1String("WhenEmpty") && !after.isValid()) {
                d.fix.clear(); // WhenEmpty needs a consolidateAfter the user has not chosen
                d.fixDescription.clear();
            } else if (version == Version::V1 && !after.isValid()) {
                d.fix.append(FieldChange{pool.id, afterPath, QStringLiteral("0s")});
                d.fixDescription += QStringLiteral(", and set the required consolidateAfter to 0s (the CRD's default)");
            }
            if (!d.fixDescription.isEmpty())
                d.fixDescription += QLatin1Char('.');
        }
        out.append(d);
        return; // the CEL rules below depend on a valid policy
    }

    const QString rule = QStringLiteral("karpenter.consolidate-after");
    if (version == Version::V1beta1) {
        const QString effective = policyValue.isValid() ? policy : QStringLiteral("WhenUnderutilized");
        if (effective == QLatin1String("WhenUnderutilized") && after.isValid() && text(after) != QLatin1String("Never")) {
            Diagnostic d = makeDiagnostic(design, pool, Severity::Error, rule, afterPath,
                QStringLiteral("consolidateAfter (%1) is set with consolidationPolicy WhenUnderutilized; the "
                               "karpenter.sh/v1beta1 NodePool CRD rejects it (CEL: \"consolidateAfter cannot be combined "
                               "with consolidationPolicy=WhenUnderutilized\").")
                    .arg(text(after)));
            d.fix = {FieldChange{pool.id, afterPath, QVariant()}};
            d.fixDescription = QStringLiteral("Remove consolidateAfter, which v1beta1 ignores for WhenUnderutilized.");
            out.append(d);
        } else if (effective == QLatin1String("WhenEmpty") && !after.isValid()) {
            out.append(makeDiagnostic(design, pool, Severity::Error, rule, afterPath,
                QStringLiteral("consolidationPolicy WhenEmpty needs consolidateAfter in karpenter.sh/v1beta1 (CEL: "
                               "\"consolidateAfter must be specified with consolidationPolicy=WhenEmpty\").")));
        }
    } else if (isMap(pool.field(QStringLiteral("spec.disruption"))) && !after.isValid()) {
        Diagnostic d = makeDiagnostic(design, pool, Severity::Error, rule, afterPath,
            QStringLiteral("spec.disruption has no consolidateAfter, which karpenter.sh/v1 requires whenever disruption is "
                           "set (NodePool v1 CRD: disruption.required = [consolidateAfter]; the 0s default applies only "
                           "when disruption is omitted)."));
        d.fix = {FieldChange{pool.id, afterPath, QStringLiteral("0s")}};
        d.fixDescription = QStringLiteral("Set consolidateAfter to 0s, the value Karpenter v1 uses when disruption is omitted.");
        out.append(d);
    }
}

void checkNodePoolPlacement(const DesignData &design, const DesignObject &pool, Version version, QList<Diagnostic> &out)
{
    const QString templateExpire = QStringLiteral("spec.template.spec.expireAfter");
    const QString disruptionExpire = QStringLiteral("spec.disruption.expireAfter");
    const QString refPath = QStringLiteral("spec.template.spec.nodeClassRef");
    const QVariantMap ref = pool.field(refPath).toMap();

    if (version == Version::V1beta1) {
        if (pool.field(templateExpire).isValid()) {
            out.append(moveField(design, pool, kPlacement, templateExpire, disruptionExpire,
                QStringLiteral("expireAfter under spec.template.spec is a karpenter.sh/v1 field; karpenter.sh/v1beta1 "
                               "keeps it in spec.disruption.expireAfter (NodePool v1beta1 CRD; Karpenter docs, "
                               "\"Upgrading to 1.0.0\").")));
        }
        if (pool.field(QStringLiteral("spec.template.spec.terminationGracePeriod")).isValid()) {
            out.append(makeDiagnostic(design, pool, Severity::Error, kPlacement, QStringLiteral("spec.template.spec.terminationGracePeriod"),
                QStringLiteral("terminationGracePeriod exists only in karpenter.sh/v1 NodePools; the v1beta1 CRD rejects "
                               "it as unknown. Change apiVersion to karpenter.sh/v1 or drop the field.")));
        }
        if (pool.field(QStringLiteral("spec.replicas")).isValid()) {
            out.append(makeDiagnostic(design, pool, Severity::Error, kPlacement, QStringLiteral("spec.replicas"),
                QStringLiteral("spec.replicas (static NodePools) exists only in karpenter.sh/v1; the v1beta1 CRD rejects it.")));
        }
        if (ref.contains(QStringLiteral("group")) && !ref.contains(QStringLiteral("apiVersion"))) {
            const QString group = text(ref.value(QStringLiteral("group")));
            Diagnostic d = makeDiagnostic(design, pool, Severity::Error, kPlacement, QString(refPath + QStringLiteral(".group")),
                QStringLiteral("nodeClassRef.group is the karpenter.sh/v1 spelling; karpenter.sh/v1beta1 nodeClassRef "
                               "takes apiVersion, kind and name (NodePool v1beta1 CRD)."));
            if (group == QLatin1String("karpenter.k8s.aws")) {
                d.fix = {FieldChange{pool.id, QString(refPath + QStringLiteral(".apiVersion")), QStringLiteral("karpenter.k8s.aws/v1beta1")},
                         FieldChange{pool.id, QString(refPath + QStringLiteral(".group")), QVariant()}};
                d.fixDescription = QStringLiteral("Replace nodeClassRef.group with apiVersion karpenter.k8s.aws/v1beta1.");
            }
            out.append(d);
        }
        const QVariantList budgets = pool.field(QStringLiteral("spec.disruption.budgets")).toList();
        for (int i = 0; i < budgets.size(); ++i) {
            if (!budgets.at(i).toMap().contains(QStringLiteral("reasons")))
                continue;
            const QString path = QString(FieldPath::element(QStringLiteral("spec.disruption.budgets"), i) + QStringLiteral(".reasons"));
            out.append(makeDiagnostic(design, pool, Severity::Error, kPlacement, path,
                QStringLiteral("Budget reasons exist only in karpenter.sh/v1; the v1beta1 CRD rejects them (a v1beta1 "
                               "budget applies to every disruption method).")));
        }
        return;
    }

    // karpenter.sh/v1 (Karpenter docs, "Upgrading to 1.0.0": expireAfter moved to the template,
    // kubelet moved to the EC2NodeClass, nodeClassRef.apiVersion became group).
    if (pool.field(disruptionExpire).isValid()) {
        out.append(moveField(design, pool, kPlacement, disruptionExpire, templateExpire,
            QStringLiteral("expireAfter under spec.disruption is the karpenter.sh/v1beta1 place; karpenter.sh/v1 moved it to "
                           "spec.template.spec.expireAfter and its disruption schema rejects it (NodePool v1 CRD; "
                           "Karpenter docs, \"Upgrading to 1.0.0\").")));
    }
    if (pool.field(QStringLiteral("spec.template.spec.resources")).isValid()) {
        Diagnostic d = makeDiagnostic(design, pool, Severity::Error, kPlacement, QStringLiteral("spec.template.spec.resources"),
            QStringLiteral("spec.template.spec.resources was removed in karpenter.sh/v1 (the v1 CRD rejects it; Karpenter "
                           "never used it to size nodes)."));
        d.fix = {FieldChange{pool.id, QStringLiteral("spec.template.spec.resources"), QVariant()}};
        d.fixDescription = QStringLiteral("Remove spec.template.spec.resources.");
        out.append(d);
    }
    const QVariant kubelet = pool.field(QStringLiteral("spec.template.spec.kubelet"));
    if (kubelet.isValid()) {
        Diagnostic d = makeDiagnostic(design, pool, Severity::Error, kPlacement, QStringLiteral("spec.template.spec.kubelet"),
            QStringLiteral("kubelet settings moved from the NodePool template to EC2NodeClass spec.kubelet in Karpenter v1; "
                           "the karpenter.sh/v1 NodePool CRD rejects spec.template.spec.kubelet (Karpenter docs, "
                           "\"Upgrading to 1.0.0\")."));
        const ObjectId cluster = design.enclosing(pool.id, ObjectKind::EksCluster);
        const QString className = text(ref.value(QStringLiteral("name")));
        for (ObjectId id : RuleSupport::kubernetesObjectsInCluster(design, ObjectKind::EC2NodeClass, cluster)) {
            const DesignObject &nodeClass = *design.object(id);
            if (nodeClass.name != className || nodeClassVersion(nodeClass) != Version::V1
                || nodeClass.field(QStringLiteral("spec.kubelet")).isValid())
                continue;
            d.fix = {FieldChange{id, QStringLiteral("spec.kubelet"), kubelet},
                     FieldChange{pool.id, QStringLiteral("spec.template.spec.kubelet"), QVariant()}};
            d.fixDescription = QStringLiteral("Move the kubelet settings to EC2NodeClass %1 (spec.kubelet).").arg(className);
            break;
        }
        out.append(d);
    }
    if (isMap(pool.field(refPath))) {
        const bool hasApiVersion = ref.contains(QStringLiteral("apiVersion"));
        const bool missingGroup = !ref.contains(QStringLiteral("group"));
        const bool missingKind = !ref.contains(QStringLiteral("kind"));
        if (hasApiVersion || missingGroup || missingKind) {
            QString group = text(ref.value(QStringLiteral("group")));
            if (group.isEmpty() && hasApiVersion)
                group = text(ref.value(QStringLiteral("apiVersion"))).section(QLatin1Char('/'), 0, 0);
            if (group.isEmpty())
                group = QStringLiteral("karpenter.k8s.aws");
            QStringList missing;
            if (missingGroup)
                missing.append(QStringLiteral("group"));
            if (missingKind)
                missing.append(QStringLiteral("kind"));
            Diagnostic d = makeDiagnostic(design, pool, Severity::Error, kPlacement,
                hasApiVersion ? QString(refPath + QStringLiteral(".apiVersion")) : refPath,
                hasApiVersion ? QStringLiteral("nodeClassRef.apiVersion is the karpenter.sh/v1beta1 spelling; karpenter.sh/v1 "
                                               "takes group, kind and name, all required (NodePool v1 CRD).")
                              : QStringLiteral("nodeClassRef lacks %1, required by the karpenter.sh/v1 NodePool CRD "
                                               "(group, kind and name).")
                                    .arg(RuleSupport::joinedList(missing)));
            QStringList parts;
            if (hasApiVersion) {
                d.fix.append(FieldChange{pool.id, QString(refPath + QStringLiteral(".apiVersion")), QVariant()});
                parts.append(QStringLiteral("remove apiVersion"));
            }
            if (missingGroup) {
                d.fix.append(FieldChange{pool.id, QString(refPath + QStringLiteral(".group")), group});
                parts.append(QStringLiteral("set group %1").arg(group));
            }
            if (missingKind) {
                d.fix.append(FieldChange{pool.id, QString(refPath + QStringLiteral(".kind")), QStringLiteral("EC2NodeClass")});
                parts.append(QStringLiteral("set kind EC2NodeClass"));
            }
            d.fixDescription = QString(RuleSupport::joinedList(parts) + QLatin1Char('.'));
            d.fixDescription[0] = d.fixDescription.at(0).toUpper();
            out.append(d);
        }
    }
}

/// The cluster name for Karpenter naming conventions: the enclosing EksCluster's name, else the
/// karpenter.sh/discovery tag of a selector term; "" when neither is known.
QString clusterNameFor(const DesignData &design, const DesignObject &nodeClass)
{
    const ObjectId cluster = design.enclosing(nodeClass.id, ObjectKind::EksCluster);
    if (cluster)
        return design.object(cluster)->name;
    for (const QString &terms : {QStringLiteral("spec.subnetSelectorTerms"), QStringLiteral("spec.securityGroupSelectorTerms")}) {
        for (const QVariant &term : nodeClass.field(terms).toList()) {
            const QString tag = text(term.toMap().value(QStringLiteral("tags")).toMap().value(QStringLiteral("karpenter.sh/discovery")));
            if (!tag.isEmpty())
                return tag;
        }
    }
    return {};
}

void checkNodeClass(const DesignData &design, const DesignObject &nodeClass, QList<Diagnostic> &out)
{
    const Version version = nodeClassVersion(nodeClass);
    if (version == Version::Unknown)
        return;
    const QString rule = QStringLiteral("karpenter.ec2nodeclass-required");
    const QString crd = version == Version::V1beta1 ? QStringLiteral("EC2NodeClass karpenter.k8s.aws/v1beta1 CRD")
                                                    : QStringLiteral("EC2NodeClass karpenter.k8s.aws/v1 CRD");
    const QString cluster = clusterNameFor(design, nodeClass);

    const bool hasRole = nodeClass.field(QStringLiteral("spec.role")).isValid();
    const bool hasProfile = nodeClass.field(QStringLiteral("spec.instanceProfile")).isValid();
    if (!hasRole && !hasProfile) {
        Diagnostic d = makeDiagnostic(design, nodeClass, Severity::Error, rule, QStringLiteral("spec.role"),
            QStringLiteral("The EC2NodeClass has neither role nor instanceProfile; the %1 requires exactly one of them "
                           "(CEL: \"must specify exactly one of ['role', 'instanceProfile']\"), the IAM identity of the "
                           "nodes Karpenter launches.")
                .arg(crd));
        if (!cluster.isEmpty()) {
            const QString role = QStringLiteral("KarpenterNodeRole-%1").arg(cluster);
            d.fix = {FieldChange{nodeClass.id, QStringLiteral("spec.role"), role}};
            d.fixDescription = QStringLiteral("Set spec.role to %1, the node role name the Karpenter \"Getting Started with "
                                              "Karpenter\" guide creates (KarpenterNodeRole-${CLUSTER_NAME}); create that "
                                              "IAM role if it does not exist.")
                                   .arg(role);
        }
        out.append(d);
    } else if (hasRole && hasProfile) {
        out.append(makeDiagnostic(design, nodeClass, Severity::Error, rule, QStringLiteral("spec.instanceProfile"),
            QStringLiteral("The EC2NodeClass sets both role and instanceProfile; the %1 requires exactly one of them "
                           "(Karpenter creates an instance profile for a role, or uses the given profile).")
                .arg(crd)));
    }

    for (const QString &key : {QStringLiteral("subnetSelectorTerms"), QStringLiteral("securityGroupSelectorTerms")}) {
        const QString path = QString(QStringLiteral("spec.") + key);
        if (!nodeClass.field(path).toList().isEmpty())
            continue;
        Diagnostic d = makeDiagnostic(design, nodeClass, Severity::Error, rule, path,
            QStringLiteral("%1 is missing or empty; the %2 requires it (\"%1 cannot be empty\") - Karpenter would not know "
                           "where to launch nodes.")
                .arg(key, crd));
        if (!cluster.isEmpty()) {
            d.fix = {FieldChange{nodeClass.id, path, QVariantList{QVariantMap{{QStringLiteral("tags"),
                QVariantMap{{QStringLiteral("karpenter.sh/discovery"), cluster}}}}}}};
            d.fixDescription = QStringLiteral("Select by the tag karpenter.sh/discovery: %1, the convention of the Karpenter "
                                              "getting-started guide (tag the subnets/security groups accordingly).")
                                   .arg(cluster);
        }
        out.append(d);
    }

    const QString family = text(nodeClass.field(QStringLiteral("spec.amiFamily")));
    const QVariantList amiTerms = nodeClass.field(QStringLiteral("spec.amiSelectorTerms")).toList();
    if (version == Version::V1beta1) {
        if (family.isEmpty()) {
            out.append(makeDiagnostic(design, nodeClass, Severity::Error, rule, QStringLiteral("spec.amiFamily"),
                QStringLiteral("amiFamily is required by the %1 (AL2, AL2023, Bottlerocket, Ubuntu, Custom, Windows2019 or "
                               "Windows2022).")
                    .arg(crd)));
        } else if (family == QLatin1String("Custom") && amiTerms.isEmpty()) {
            out.append(makeDiagnostic(design, nodeClass, Severity::Error, rule, QStringLiteral("spec.amiSelectorTerms"),
                QStringLiteral("amiFamily Custom needs amiSelectorTerms (CEL: \"amiSelectorTerms is required when "
                               "amiFamily == 'Custom'\", %1).")
                    .arg(crd)));
        }
        return;
    }
    bool hasAlias = false;
    for (const QVariant &term : amiTerms)
        hasAlias = hasAlias || term.toMap().contains(QStringLiteral("alias"));
    if (amiTerms.isEmpty()) {
        Diagnostic d = makeDiagnostic(design, nodeClass, Severity::Error, rule, QStringLiteral("spec.amiSelectorTerms"),
            QStringLiteral("amiSelectorTerms is required by the %1 (v1 no longer picks an AMI from amiFamily alone; "
                           "Karpenter docs, \"Upgrading to 1.0.0\").")
                .arg(crd));
        static const QStringList aliasFamilies = {QStringLiteral("AL2"), QStringLiteral("AL2023"), QStringLiteral("Bottlerocket"),
                                                  QStringLiteral("Windows2019"), QStringLiteral("Windows2022"),
                                                  QStringLiteral("Windows2025")};
        if (aliasFamilies.contains(family)) {
            const QString alias = QStringLiteral("%1@latest").arg(family.toLower());
            d.fix = {FieldChange{nodeClass.id, QStringLiteral("spec.amiSelectorTerms"),
                                 QVariantList{QVariantMap{{QStringLiteral("alias"), alias}}}}};
            d.fixDescription = QStringLiteral("Select the EKS-optimised %1 AMI with alias %2 (pin a version for production, "
                                              "as the EC2NodeClass docs advise).")
                                   .arg(family, alias);
        }
        out.append(d);
    } else if (!hasAlias && family.isEmpty()) {
        out.append(makeDiagnostic(design, nodeClass, Severity::Error, rule, QStringLiteral("spec.amiFamily"),
            QStringLiteral("amiFamily is required when amiSelectorTerms has no alias (CEL: \"must specify amiFamily if "
                           "amiSelectorTerms does not contain an alias\", %1).")
                .arg(crd)));
    }
}

} // namespace

QList<RuleSupport::RuleInfo> rules()
{
    return {
        {QStringLiteral("karpenter.consolidate-after"), Severity::Error,
         QStringLiteral("consolidateAfter forbidden (v1beta1 WhenUnderutilized) or required (v1beta1 WhenEmpty, v1 disruption)"),
         QStringLiteral("Karpenter NodePool CRDs v1beta1/v1, spec.disruption CEL rules and required list")},
        {QStringLiteral("karpenter.consolidation-policy"), Severity::Error,
         QStringLiteral("consolidationPolicy not in the enum of the NodePool's apiVersion"),
         QStringLiteral("Karpenter NodePool CRDs v1beta1/v1; Karpenter docs, NodePools, Disruption")},
        {QStringLiteral("karpenter.ec2nodeclass-required"), Severity::Error,
         QStringLiteral("EC2NodeClass lacks a field its CRD version requires (role/instanceProfile, selector terms, "
                        "amiFamily, v1 amiSelectorTerms)"),
         QStringLiteral("Karpenter EC2NodeClass CRDs v1beta1/v1; Karpenter Getting Started guide")},
        {QStringLiteral("karpenter.field-placement"), Severity::Error,
         QStringLiteral("NodePool field in the place of the other API version (expireAfter, kubelet, nodeClassRef group/"
                        "apiVersion, resources, replicas, budget reasons)"),
         QStringLiteral("Karpenter NodePool CRDs v1beta1/v1; Karpenter docs, Upgrading to 1.0.0")},
    };
}

void check(const DesignData &design, QList<Diagnostic> &out)
{
    for (ObjectId id : design.preorder()) {
        const DesignObject &object = *design.object(id);
        if (object.kind == ObjectKind::NodePool) {
            const Version version = nodePoolVersion(object);
            if (version == Version::Unknown)
                continue;
            checkConsolidation(design, object, version, out);
            checkNodePoolPlacement(design, object, version, out);
        } else if (object.kind == ObjectKind::EC2NodeClass) {
            checkNodeClass(design, object, out);
        }
    }
}

} // namespace Scaleplan::KarpenterRules
