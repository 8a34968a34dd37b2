#pragma once

#include "model/designdata.h"
#include "model/export/designexporter.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

namespace Scaleplan {

/**
 * Writes the network of each Region holding a Vpc as a CloudFormation template
 * `OUT/cfn/<region>-network.yaml` (the region's `RegionName`, else its name, through
 * DesignExporter::fileStem()).
 *
 * Per Vpc (the layout of the AWS "VPC with servers in private subnets and NAT" example and the
 * Amazon EKS "Creating a VPC" template):
 *  - `AWS::EC2::VPC` (CidrBlock, EnableDnsHostnames, EnableDnsSupport when set, Tags Name);
 *    `SecondaryCidrBlocks` are left out with a Warning `export.cfn.secondary-cidr`, because
 *    AWS::EC2::VPCCidrBlock has no schema in the validation set (shared/schemas/cloudformation);
 *  - one `AWS::EC2::Subnet` per Subnet (VpcId, CidrBlock, AvailabilityZone, MapPublicIpOnLaunch
 *    for public subnets — true unless the object says otherwise — Tags Name plus
 *    `kubernetes.io/role/elb: "1"` on public and `kubernetes.io/role/internal-elb: "1"` on private
 *    subnets, as the EKS User Guide "Subnet requirements and considerations" asks);
 *  - when the VPC has a public subnet: `AWS::EC2::InternetGateway`, `AWS::EC2::VPCGatewayAttachment`,
 *    a public route table with `0.0.0.0/0` → the gateway (DependsOn the attachment) associated
 *    with every public subnet, and per Availability Zone an `AWS::EC2::EIP` (Domain vpc, DependsOn
 *    the attachment) and an `AWS::EC2::NatGateway` in that zone's first public subnet;
 *  - per Availability Zone with private or database subnets a private route table with
 *    `0.0.0.0/0` → that zone's NAT gateway (another zone's when it has none, Warning
 *    `export.cfn.nat-other-az`; no default route and a Warning `export.cfn.no-nat` when the VPC has
 *    no public subnet) associated with those subnets;
 *  - Outputs: `<Vpc>Id`, `<Subnet>Id` per subnet and comma-joined `<Vpc>{Public,Private,Database}SubnetIds`.
 * References are written as `{Ref: X}` / `{Fn::GetAtt: [X, Attr]}` maps, never as short tags.
 * Logical ids come from object names in PascalCase with a type suffix (`production-vpc` →
 * `ProductionVpc`, `public-a` → `PublicASubnet`, zone `us-east-1a` → `UsEast1aNatGateway`), made
 * unique with a number.
 *
 * Objects with an Error (errors map) are left out with an Error `export.left-out`: a Region or
 * Vpc error drops that Vpc, an AvailabilityZone or Subnet error drops the subnets concerned.
 * Subnets whose Tier is not public/private/database are treated as private (Warning
 * `export.cfn.unknown-tier`).
 */
class CloudFormationExporter
{
public:
    /// The template for one Region (every Vpc under it); an empty map when no Vpc is exportable.
    /// Left-out objects and warnings are appended to *diagnostics (may be null).
    static QVariantMap networkTemplate(const DesignData &design, ObjectId regionId,
                                       const QHash<ObjectId, Diagnostic> &errors, QList<Diagnostic> *diagnostics);

    /// `name` in PascalCase with only [A-Za-z0-9] kept ("us-east-1a" → "UsEast1a"), followed by
    /// `suffix` unless it already ends with it (case-insensitive).
    static QString logicalId(const QString &name, const QString &suffix = QString());

    /// Writes `OUT/cfn/<region>-network.yaml` for every Region with an exportable Vpc.
    static ExportReport exportTo(const DesignData &design, const QHash<ObjectId, Diagnostic> &errors,
                                 const QString &outDir);
};

} // namespace Scaleplan
