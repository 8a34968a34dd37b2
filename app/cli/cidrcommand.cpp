// scaleplan-cli cidr info|plan: the CIDR engine from the command line.
//
//   cidr info CIDR... [--format text|json]
//       network address, prefix length, first/last address, first/last usable address under AWS
//       rules (the first four and the last address of a subnet are reserved: Amazon VPC User Guide,
//       "Subnet CIDR blocks"), total and usable counts. Exit 2 when any block is malformed (the
//       message says why and suggests the network address when host bits are set).
//   cidr plan --vpc CIDR --azs a,b,c|N --tier NAME=/PREFIX|NAME=hosts:COUNT... [--format text|json]
//       a subnet plan (SubnetPlanner): exit 0 with the plan, 1 when it does not fit (with why),
//       2 for unusable arguments.

#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"

#include "model/cidr/cidr.h"
#include "model/cidr/subnetplanner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>


namespace Scaleplan::Cli {

namespace {

enum ExitCode { ExitOk = 0, ExitDoesNotFit = 1, ExitUnusable = 2 };


const char *kCidrUsage =
    "usage: scaleplan-cli cidr info CIDR... [--format text|json]\n"
    "       scaleplan-cli cidr plan --vpc CIDR --azs a,b,c|N --tier NAME=/PREFIX|NAME=hosts:COUNT... [--format text|json]\n"
    "\n"
    "info: network, first/last address, first/last usable address under AWS rules (the first four and\n"
    "      the last address of a subnet are reserved), total and usable (2^(32-p) - 5) counts.\n"
    "plan: one aligned block per tier and Availability Zone, largest tier first, zones interleaved per\n"
    "      tier, the next block of each tier kept free to grow. Exit 1 when the plan does not fit.\n";

QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

/// A count that may exceed 2^53 (IPv6): exact digits when it fits in 53 bits, else "2^N".
QString countText(int hostBits, bool usable)
{
    if (hostBits <= 53) {
        const qint64 total = qint64(1) << hostBits;
        return grouped(usable ? std::max<qint64>(0, total - 5) : total);
    }
    return usable ? QStringLiteral("2^%1 - 5").arg(hostBits) : QStringLiteral("2^%1").arg(hostBits);
}

QJsonValue countJson(int hostBits, bool usable)
{
    if (hostBits <= 53) {
        const qint64 total = qint64(1) << hostBits;
        return double(usable ? std::max<qint64>(0, total - 5) : total);
    }
    return usable ? QStringLiteral("2^%1 - 5").arg(hostBits) : QStringLiteral("2^%1").arg(hostBits);
}

QString addressText(Cidr::Family family, Cidr::Value128 value)
{
    return Cidr::fromValue(family, value, family == Cidr::Family::IPv4 ? 32 : 128).networkAddress();
}

struct BlockInfo {
    Cidr block;
    QString firstUsable; // empty when the block has no usable address (fewer than 6 addresses)
    QString lastUsable;
    bool awsSubnetSize = false; // IPv4 /16../28 or IPv6 /64
};

BlockInfo describe(const Cidr &block)
{
    BlockInfo info;
    info.block = block;
    const int hostBits = block.addressBits() - block.prefixLength();
    if (hostBits >= 3) {
        // 2^hostBits >= 8 > the 5 reserved addresses. The network address has >= 3 zero host bits,
        // so +4 never carries; the last address ends in ones, so -1 never borrows.
        Cidr::Value128 first = block.networkValue();
        first.low += 4;
        Cidr::Value128 last = block.lastValue();
        last.low -= 1;
        info.firstUsable = addressText(block.family(), first);
        info.lastUsable = addressText(block.family(), last);
    }
    info.awsSubnetSize = block.isIPv4() ? (block.prefixLength() >= 16 && block.prefixLength() <= 28) : block.prefixLength() == 64;
    return info;
}

int cidrInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CIDR"), QStringLiteral("blocks to describe"), QStringLiteral("CIDR..."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("format"), QStringLiteral("text")});
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << "scaleplan-cli cidr info: " << parser.errorText() << "\n\n" << kCidrUsage;
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << kCidrUsage;
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << "scaleplan-cli cidr info: --format must be text or json, not '" << format << "'\n";
        return ExitUnusable;
    }
    const QStringList texts = parser.positionalArguments();
    if (texts.isEmpty()) {
        err() << "scaleplan-cli cidr info: no CIDR block given\n\n" << kCidrUsage;
        return ExitUnusable;
    }
    int rc = ExitOk;
    QJsonArray blocks;
    bool firstText = true;
    for (const QString &text : texts) {
        Cidr::ParseError error;
        const std::optional<Cidr> block = Cidr::parse(text, &error);
        if (!block) {
            err() << "scaleplan-cli cidr info: '" << text << "' is not a CIDR block: " << error.message;
            if (!error.suggestion.isEmpty())
                err() << " (did you mean " << error.suggestion << "?)";
            err() << '\n';
            err().flush();
            rc = ExitUnusable;
            continue;
        }
        const BlockInfo info = describe(*block);
        const int hostBits = block->addressBits() - block->prefixLength();
        if (format == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("cidr"), block->toString()},
                          {QStringLiteral("family"), block->isIPv4() ? QStringLiteral("IPv4") : QStringLiteral("IPv6")},
                          {QStringLiteral("networkAddress"), block->networkAddress()},
                          {QStringLiteral("prefixLength"), block->prefixLength()},
                          {QStringLiteral("firstAddress"), block->networkAddress()},
                          {QStringLiteral("lastAddress"), block->lastAddress()},
                          {QStringLiteral("firstUsableAddress"), info.firstUsable.isEmpty() ? QJsonValue() : QJsonValue(info.firstUsable)},
                          {QStringLiteral("lastUsableAddress"), info.lastUsable.isEmpty() ? QJsonValue() : QJsonValue(info.lastUsable)},
                          {QStringLiteral("totalAddresses"), countJson(hostBits, false)},
                          {QStringLiteral("usableAddresses"), countJson(hostBits, true)},
                          {QStringLiteral("awsSubnetSize"), info.awsSubnetSize}};
            blocks.append(o);
            continue;
        }
        if (!firstText)
            out() << '\n';
        firstText = false;
        out() << block->toString() << '\n';
        out() << "  network address      " << block->networkAddress() << '\n';
        out() << "  prefix length        " << block->prefixLength() << '\n';
        out() << "  first address        " << block->networkAddress() << '\n';
        out() << "  last address         " << block->lastAddress() << '\n';
        out() << "  first usable (AWS)   " << (info.firstUsable.isEmpty() ? QStringLiteral("none") : info.firstUsable) << '\n';
        out() << "  last usable (AWS)    " << (info.lastUsable.isEmpty() ? QStringLiteral("none") : info.lastUsable) << '\n';
        out() << "  total addresses      " << countText(hostBits, false) << '\n';
        out() << "  usable addresses     " << countText(hostBits, true)
              << "  (AWS reserves the first four and the last)\n";
        if (!info.awsSubnetSize) {
            out() << "  note                 "
                  << (block->isIPv4() ? "not a valid AWS subnet size (IPv4 subnets are /16../28)"
                                      : "not the usual AWS IPv6 subnet size (/64)")
                  << '\n';
        }
    }
    if (format == QLatin1String("json") && !blocks.isEmpty())
        out() << QJsonDocument(QJsonObject{{QStringLiteral("blocks"), blocks}}).toJson(QJsonDocument::Indented);
    out().flush();
    return rc;
}

int cidrPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("vpc"), QStringLiteral("the VPC's IPv4 block"), QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("azs"), QStringLiteral("zone names a,b,c or a count N"), QStringLiteral("ZONES")});
    parser.addOption({QStringLiteral("tier"), QStringLiteral("NAME=/PREFIX or NAME=hosts:COUNT (repeatable)"), QStringLiteral("TIER")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("format"), QStringLiteral("text")});
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << "scaleplan-cli cidr plan: " << parser.errorText() << "\n\n" << kCidrUsage;
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << kCidrUsage;
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << "scaleplan-cli cidr plan: --format must be text or json, not '" << format << "'\n";
        return ExitUnusable;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "scaleplan-cli cidr plan: unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return ExitUnusable;
    }
    if (!parser.isSet(QStringLiteral("vpc")) || !parser.isSet(QStringLiteral("azs")) || !parser.isSet(QStringLiteral("tier"))) {
        err() << "scaleplan-cli cidr plan: --vpc, --azs and at least one --tier are required\n\n" << kCidrUsage;
        return ExitUnusable;
    }
    Cidr::ParseError error;
    const std::optional<Cidr> vpc = Cidr::parse(parser.value(QStringLiteral("vpc")), &error);
    if (!vpc) {
        err() << "scaleplan-cli cidr plan: --vpc '" << parser.value(QStringLiteral("vpc")) << "' is not a CIDR block: " << error.message;
        if (!error.suggestion.isEmpty())
            err() << " (did you mean " << error.suggestion << "?)";
        err() << '\n';
        return ExitUnusable;
    }
    QStringList zones;
    const QString azs = parser.value(QStringLiteral("azs")).trimmed();
    bool isCount = false;
    const int count = azs.toInt(&isCount);
    if (isCount) {
        if (count < 1 || count > 26) {
            err() << "scaleplan-cli cidr plan: --azs " << azs << ": give 1..26 zones or their names (a,b,c)\n";
            return ExitUnusable;
        }
        for (int i = 0; i < count; ++i)
            zones << QString(QChar(u'a' + i));
    } else {
        for (const QString &z : azs.split(QLatin1Char(',')))
            zones << z.trimmed();
        if (zones.contains(QString())) {
            err() << "scaleplan-cli cidr plan: --azs '" << azs << "' has an empty zone name\n";
            return ExitUnusable;
        }
        if (zones.removeDuplicates() > 0) {
            err() << "scaleplan-cli cidr plan: --azs '" << azs << "' names a zone twice\n";
            return ExitUnusable;
        }
    }
    QList<SubnetPlanner::Tier> tiers;
    for (const QString &t : parser.values(QStringLiteral("tier"))) {
        QString why;
        const std::optional<SubnetPlanner::Tier> tier = SubnetPlanner::parseTier(t, &why);
        if (!tier) {
            err() << "scaleplan-cli cidr plan: " << why << '\n';
            return ExitUnusable;
        }
        // Argument mistakes (not "the plan does not fit"): a tier named twice, or a subnet size
        // larger than the VPC block itself.
        for (const SubnetPlanner::Tier &other : tiers) {
            if (other.name == tier->name) {
                err() << "scaleplan-cli cidr plan: --tier " << tier->name << " is given twice\n";
                return ExitUnusable;
            }
        }
        if (tier->prefixLength > 0 && tier->prefixLength < vpc->prefixLength()) {
            err() << "scaleplan-cli cidr plan: --tier " << t << ": a /" << tier->prefixLength
                  << " subnet is larger than the VPC block " << vpc->toString() << '\n';
            return ExitUnusable;
        }
        tiers << *tier;
    }
    const SubnetPlanner::Plan plan = SubnetPlanner::plan(*vpc, zones, tiers);
    if (!plan.ok) {
        if (format == QLatin1String("json")) {
            out() << QJsonDocument(QJsonObject{{QStringLiteral("vpc"), vpc->toString()},
                                               {QStringLiteral("ok"), false},
                                               {QStringLiteral("error"), plan.error}})
                         .toJson(QJsonDocument::Indented);
        }
        err() << "scaleplan-cli cidr plan: does not fit: " << plan.error << '\n';
        return ExitDoesNotFit;
    }
    auto texts = [](const QList<Cidr> &blocks) {
        QJsonArray a;
        for (const Cidr &b : blocks)
            a.append(b.toString());
        return a;
    };
    if (format == QLatin1String("json")) {
        QJsonArray subnets;
        for (const auto &a : plan.allocations) {
            subnets.append(QJsonObject{{QStringLiteral("tier"), a.tier},
                                       {QStringLiteral("availabilityZone"), a.availabilityZone},
                                       {QStringLiteral("cidr"), a.block.toString()},
                                       {QStringLiteral("usableAddresses"), double(a.usableAddresses)}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("vpc"), vpc->toString()},
                                           {QStringLiteral("ok"), true},
                                           {QStringLiteral("availabilityZones"), QJsonArray::fromStringList(zones)},
                                           {QStringLiteral("subnets"), subnets},
                                           {QStringLiteral("growthBlocks"), texts(plan.growthBlocks)},
                                           {QStringLiteral("freeBlocks"), texts(plan.freeBlocks)},
                                           {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }
    out() << "VPC " << vpc->toString() << ": " << tiers.size() << " tier(s) x " << zones.size() << " zone(s)\n";
    out() << QStringLiteral("  %1 %2 %3 %4\n").arg(QStringLiteral("tier"), -12).arg(QStringLiteral("zone"), -14)
                 .arg(QStringLiteral("block"), -20).arg(QStringLiteral("usable"), 8);
    for (const auto &a : plan.allocations) {
        out() << QStringLiteral("  %1 %2 %3 %4\n").arg(a.tier, -12).arg(a.availabilityZone, -14)
                     .arg(a.block.toString(), -20).arg(grouped(a.usableAddresses), 8);
    }
    QStringList growth;
    for (const Cidr &b : plan.growthBlocks)
        growth << b.toString();
    if (!growth.isEmpty())
        out() << "kept free to grow (one per tier): " << growth.join(QStringLiteral(", ")) << '\n';
    QStringList free;
    for (const Cidr &b : plan.freeBlocks)
        free << b.toString();
    out() << "free: " << (free.isEmpty() ? QStringLiteral("none") : free.join(QStringLiteral(", "))) << '\n';
    for (const QString &note : plan.notes)
        out() << "note: " << note << '\n';
    out().flush();
    return ExitOk;
}

} // namespace

int cidrCommand(const QStringList &args)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        (args.size() < 2 ? err() : out()) << kCidrUsage;
        return args.size() < 2 ? ExitUnusable : ExitOk;
    }
    QStringList rest = args;
    const QString sub = rest.takeAt(1);
    rest[0] = QString(rest[0] + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("info"))
        return cidrInfo(rest);
    if (sub == QLatin1String("plan"))
        return cidrPlan(rest);
    err() << "scaleplan-cli cidr: unknown subcommand '" << sub << "' (info or plan)\n\n" << kCidrUsage;
    return ExitUnusable;
}

} // namespace Scaleplan::Cli
