#include "model/validation/validator.h"

#include "model/validation/addressrules.h"
#include "model/validation/awsrules.h"
#include "model/validation/connectionrules.h"
#include "model/validation/karpenterrules.h"
#include "model/validation/kubernetesrules.h"
#include "model/validation/networkrules.h"
#include "model/validation/schemarules.h"

#include <QSet>

#include <algorithm>

namespace Scaleplan::Validator {

QList<Diagnostic> validate(const DesignData &design)
{
    QList<Diagnostic> out;
    NetworkRules::check(design, out);
    KubernetesRules::check(design, out);
    KarpenterRules::check(design, out);
    AwsRules::check(design, out);
    AddressRules::check(design, out);
    ConnectionRules::check(design, out);
    SchemaRules::check(design, out);

    // A scenario field the schema already reports as an error (a negative VirtualUsers) is not
    // reported a second time by design.scenario-load.
    QSet<QPair<ObjectId, QString>> schemaErrors;
    for (const Diagnostic &d : std::as_const(out)) {
        if (d.severity == Severity::Error && d.rule.startsWith(QLatin1String("schema.")))
            schemaErrors.insert({d.objectId, d.field});
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Diagnostic &d) {
                                 return d.rule == QLatin1String("design.scenario-load") && !d.field.isEmpty()
                                     && schemaErrors.contains({d.objectId, d.field});
                             }),
              out.end());

    QHash<ObjectId, int> order;
    const QList<ObjectId> preorder = design.preorder();
    for (int i = 0; i < preorder.size(); ++i)
        order.insert(preorder.at(i), i);
    std::stable_sort(out.begin(), out.end(), [&](const Diagnostic &a, const Diagnostic &b) {
        const int oa = order.value(a.objectId, int(preorder.size()));
        const int ob = order.value(b.objectId, int(preorder.size()));
        if (oa != ob)
            return oa < ob;
        return a.rule < b.rule;
    });
    return out;
}

QStringList ruleIds()
{
    QStringList ids;
    for (const auto &list : {NetworkRules::rules(), KubernetesRules::rules(), KarpenterRules::rules(), AwsRules::rules(),
                             AddressRules::rules(), ConnectionRules::rules(), SchemaRules::rules()}) {
        for (const RuleSupport::RuleInfo &info : list)
            ids.append(info.id);
    }
    ids.sort();
    return ids;
}

} // namespace Scaleplan::Validator
