// Field tables of the layout kinds (Region, Vpc, AvailabilityZone, Subnet, EksCluster, EksAddon)
// and the design's own kinds (GlobalReplication, LoadScenario, ExternalNetwork, Connection),
// written by hand from model/OBJECTS.md, the CloudFormation resource reference
// (AWS::EC2::VPC, AWS::EC2::Subnet, AWS::EKS::Cluster, AWS::EKS::Addon) and the simulator's
// readers (model/sim/loadprofile.h).

#include "model/fieldschematables.h"

namespace Scaleplan::FieldSchemaTables {
namespace {

using T = FieldSpec::Type;

QList<FieldSpec> region()
{
    Table t("model/OBJECTS.md (Region); AWS General Reference, Regions and endpoints");
    t << Spec(QStringLiteral("RegionName"), T::String, "Region code (us-east-1).")
      << Spec(QStringLiteral("Role"), T::Enum, "Role of the region in a multi-region design.")
             .values({QStringLiteral("primary"), QStringLiteral("secondary"), QStringLiteral("replica")});
    return t.specs;
}

QList<FieldSpec> vpc()
{
    Table t("AWS CloudFormation User Guide, AWS::EC2::VPC; Amazon VPC User Guide, \"VPC CIDR blocks\"");
    t << Spec(QStringLiteral("CidrBlock"), T::Cidr, "Primary IPv4 block (/16 to /28).")
      << Spec(QStringLiteral("SecondaryCidrBlocks"), T::List, "Secondary IPv4 blocks (at most 4 more).")
      << Spec(QStringLiteral("SecondaryCidrBlocks[]"), T::Cidr, "Secondary IPv4 block.")
      << Spec(QStringLiteral("Ipv6CidrBlock"), T::Cidr, "IPv6 block (/56 Amazon-provided).")
      << Spec(QStringLiteral("Ipv6CidrBlocks"), T::List, "IPv6 blocks.")
      << Spec(QStringLiteral("Ipv6CidrBlocks[]"), T::Cidr, "IPv6 block.")
      << Spec(QStringLiteral("AmazonProvidedIpv6CidrBlock"), T::Bool, "Request an Amazon-provided /56.")
      << Spec(QStringLiteral("EnableDnsHostnames"), T::Bool, "Public DNS host names for instances.")
      << Spec(QStringLiteral("EnableDnsSupport"), T::Bool, "Amazon DNS server (needed by EKS and private endpoints).")
      << Spec(QStringLiteral("AvailabilityZoneCount"), T::Int, "Availability Zones the VPC spans.").unit("zones").min(1)
      << Spec(QStringLiteral("InstanceTenancy"), T::Enum, "Instance tenancy.")
             .values({QStringLiteral("default"), QStringLiteral("dedicated"), QStringLiteral("host")})
      << Spec(QStringLiteral("Ipv4IpamPoolId"), T::String, "IPAM pool of the primary block.")
      << Spec(QStringLiteral("Ipv4NetmaskLength"), T::Int, "Prefix length taken from the IPAM pool.").range(16, 28)
      << Spec(QStringLiteral("VpcId"), T::String, "Existing VPC id.")
      << Spec(QStringLiteral("Tags"), T::List, "Tags ({Key, Value} pairs).").partial();
    return t.specs;
}

QList<FieldSpec> availabilityZone()
{
    Table t("model/OBJECTS.md (AvailabilityZone); AWS::EC2::Subnet AvailabilityZone / AvailabilityZoneId");
    t << Spec(QStringLiteral("AvailabilityZone"), T::String, "Zone name (us-east-1a).")
      << Spec(QStringLiteral("AvailabilityZoneId"), T::String, "Zone id (use1-az1), the same across accounts.");
    return t.specs;
}

QList<FieldSpec> subnet()
{
    Table t("AWS CloudFormation User Guide, AWS::EC2::Subnet; Amazon VPC User Guide, \"Subnet CIDR blocks\"");
    t << Spec(QStringLiteral("CidrBlock"), T::Cidr, "IPv4 block inside the VPC (/16 to /28; 5 addresses reserved).")
      << Spec(QStringLiteral("Tier"), T::String, "Routing tier: public, private or database (model/OBJECTS.md).")
      << Spec(QStringLiteral("MapPublicIpOnLaunch"), T::Bool, "Give instances public IPv4 addresses (public subnets).")
      << Spec(QStringLiteral("Ipv6CidrBlock"), T::Cidr, "IPv6 block (/64).")
      << Spec(QStringLiteral("Ipv6CidrBlocks"), T::List, "IPv6 blocks.")
      << Spec(QStringLiteral("Ipv6CidrBlocks[]"), T::Cidr, "IPv6 block.")
      << Spec(QStringLiteral("AssignIpv6AddressOnCreation"), T::Bool, "Give interfaces IPv6 addresses.")
      << Spec(QStringLiteral("Ipv6Native"), T::Bool, "IPv6-only subnet.")
      << Spec(QStringLiteral("EnableDns64"), T::Bool, "DNS64 for IPv6-only workloads.")
      << Spec(QStringLiteral("SubnetId"), T::String, "Existing subnet id.")
      << Spec(QStringLiteral("Tags"), T::List, "Tags ({Key, Value} pairs).").partial();
    return t.specs;
}

QList<FieldSpec> eksCluster()
{
    Table t("AWS CloudFormation User Guide, AWS::EKS::Cluster; Amazon EKS API Reference, KubernetesNetworkConfigRequest");
    t << Spec(QStringLiteral("Name"), T::String, "Cluster name.")
      << Spec(QStringLiteral("Version"), T::String, "Kubernetes version (1.31).")
      << Spec(QStringLiteral("RoleArn"), T::String, "Cluster IAM role.")
      << Spec(QStringLiteral("KubernetesNetworkConfig"), T::Map, "Service network of the cluster.")
      << Spec(QStringLiteral("KubernetesNetworkConfig.IpFamily"), T::Enum, "Address family of pods and services.")
             .values({QStringLiteral("ipv4"), QStringLiteral("ipv6")})
      << Spec(QStringLiteral("KubernetesNetworkConfig.ServiceIpv4Cidr"), T::Cidr,
              "Service block: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, /12 to /24.")
      << Spec(QStringLiteral("KubernetesNetworkConfig.ServiceIpv6Cidr"), T::Cidr, "Service block of IPv6 clusters (set by EKS).")
      << Spec(QStringLiteral("KubernetesNetworkConfig.ElasticLoadBalancing"), T::Map, "EKS Auto Mode load balancing.").partial()
      << Spec(QStringLiteral("ResourcesVpcConfig"), T::Map, "Subnets, security groups and endpoint access.").partial()
      << Spec(QStringLiteral("AccessConfig"), T::Map, "Authentication mode.").partial()
      << Spec(QStringLiteral("Logging"), T::Map, "Control plane logs.").partial()
      << Spec(QStringLiteral("EncryptionConfig"), T::List, "Secrets encryption.").partial()
      << Spec(QStringLiteral("ComputeConfig"), T::Map, "EKS Auto Mode compute.").partial()
      << Spec(QStringLiteral("UpgradePolicy"), T::Map, "Support type.").partial()
      << Spec(QStringLiteral("Tags"), T::List, "Tags ({Key, Value} pairs).").partial();
    return t.specs;
}

QList<FieldSpec> eksAddon()
{
    Table t("AWS CloudFormation User Guide, AWS::EKS::Addon; amazon-vpc-cni-k8s README (environment variables)");
    t << Spec(QStringLiteral("AddonName"), T::String, "Add-on name (vpc-cni, coredns, kube-proxy, ...).")
      << Spec(QStringLiteral("AddonVersion"), T::String, "Add-on version (v1.15.0-eksbuild.1).")
      << Spec(QStringLiteral("Configuration"), T::Map, "Settings of the add-on (vpc-cni: environment variables).").freeForm()
      << Spec(QStringLiteral("Configuration.ENABLE_PREFIX_DELEGATION"), T::String,
              "vpc-cni: assign /28 prefixes instead of single addresses (\"true\"/\"false\").")
      << Spec(QStringLiteral("Configuration.WARM_IP_TARGET"), T::String, "vpc-cni: free addresses kept ready per node (a number as text).")
      << Spec(QStringLiteral("Configuration.WARM_ENI_TARGET"), T::String, "vpc-cni: free ENIs kept attached per node (a number as text).")
      << Spec(QStringLiteral("Configuration.MINIMUM_IP_TARGET"), T::String, "vpc-cni: addresses allocated per node at least (a number as text).")
      << Spec(QStringLiteral("Configuration.WARM_PREFIX_TARGET"), T::String, "vpc-cni: free prefixes kept ready per node (a number as text).")
      << Spec(QStringLiteral("Configuration.*"), T::String, "Setting value (text).")
      << Spec(QStringLiteral("ConfigurationValues"), T::String, "Add-on configuration as JSON or YAML text.")
      << Spec(QStringLiteral("ResolveConflicts"), T::Enum, "How field conflicts are resolved.")
             .values({QStringLiteral("NONE"), QStringLiteral("OVERWRITE"), QStringLiteral("PRESERVE")})
      << Spec(QStringLiteral("ServiceAccountRoleArn"), T::String, "IAM role of the add-on's service account.")
      << Spec(QStringLiteral("PreserveOnDelete"), T::Bool, "Keep the add-on's software when deleted.")
      << Spec(QStringLiteral("PodIdentityAssociations"), T::List, "EKS Pod Identity associations.").partial()
      << Spec(QStringLiteral("Tags"), T::List, "Tags ({Key, Value} pairs).").partial();
    return t.specs;
}

QList<FieldSpec> globalReplication()
{
    Table t("model/OBJECTS.md (GlobalReplication); seed document \"Active-Active Multi-Region Setup\"");
    t << Spec(QStringLiteral("Type"), T::String, "Aurora Global Database or Global Datastore (ElastiCache).")
      << Spec(QStringLiteral("PrimaryCluster"), T::String, "Name of the primary cluster.")
      << Spec(QStringLiteral("PrimaryRegion"), T::String, "Region of the primary.")
      << Spec(QStringLiteral("SecondaryRegions"), T::List, "Regions that hold read-only copies.")
      << Spec(QStringLiteral("SecondaryRegions[]"), T::String, "Region code.");
    return t.specs;
}

QList<FieldSpec> loadScenario()
{
    Table t("model/sim/loadprofile.h (LoadProfile::fromScenario); k6 docs, \"Ramping VUs\" executor; seed document \"Load Testing Strategy\"");
    t << Spec(QStringLiteral("VirtualUsers"), T::Quantity, "Concurrent virtual users at full load (at most 10,000,000: the simulator's bound).").unit("users").range(0, 1e7)
      << Spec(QStringLiteral("Duration"), T::Duration, "Steady phase after the ramp-up (Go duration: 10m, 1h30m).").min(0)
      << Spec(QStringLiteral("RampUp"), T::Duration, "Linear ramp from 0 to VirtualUsers (default 0).").min(0)
      << Spec(QStringLiteral("Tools"), T::List, "Load tools (k6, Artillery, JMeter).")
      << Spec(QStringLiteral("Tools[]"), T::String, "Tool name.")
      << Spec(QStringLiteral("TargetWorkload"), T::String, "Deployment the load reaches (default: the one behind the first HPA).")
      << Spec(QStringLiteral("Description"), T::String, "What the scenario represents.")
      << Spec(QStringLiteral("Stages"), T::List, "k6 ramping-vus stages (instead of VirtualUsers / RampUp).")
      << Spec(QStringLiteral("Stages[].Duration"), T::Duration, "Stage length.").min(0)
      << Spec(QStringLiteral("Stages[].Target"), T::Quantity, "Virtual users at the end of the stage.").unit("users").min(0)
      << Spec(QStringLiteral("Stages[].duration"), T::Duration, "Stage length (k6 spelling).").min(0)
      << Spec(QStringLiteral("Stages[].target"), T::Quantity, "Virtual users at the end of the stage (k6 spelling).").unit("users").min(0)
      << Spec(QStringLiteral("StartVUs"), T::Quantity, "Virtual users before the first stage (k6 default 1).").unit("users").min(0)
      << Spec(QStringLiteral("Pattern"), T::Enum, "Daily raised-cosine traffic.").values({QStringLiteral("diurnal")})
      << Spec(QStringLiteral("PeakRps"), T::Quantity, "Peak of the daily cycle.").unit("requests/s").min(0)
      << Spec(QStringLiteral("TroughRps"), T::Quantity, "Trough of the daily cycle (default 0).").unit("requests/s").min(0)
      << Spec(QStringLiteral("PeakHour"), T::Quantity, "Hour of the peak within the Period (default 12).").unit("hours").min(0)
      << Spec(QStringLiteral("Period"), T::Duration, "Cycle length (default 24h).").min(0)
      << Spec(QStringLiteral("Spikes"), T::List, "Rectangular spikes on top of BaseRps.")
      << Spec(QStringLiteral("Spikes[].At"), T::Duration, "Start of the spike.").min(0).required()
      << Spec(QStringLiteral("Spikes[].Height"), T::Quantity, "Extra load during the spike.").unit("requests/s").min(0).required()
      << Spec(QStringLiteral("Spikes[].Duration"), T::Duration, "Length of the spike.").min(0).required()
      << Spec(QStringLiteral("BaseRps"), T::Quantity, "Load between spikes.").unit("requests/s").min(0)
      << Spec(QStringLiteral("TrafficCsv"), T::String, "CSV file of recorded requests per second.");
    return t.specs;
}

QList<FieldSpec> externalNetwork()
{
    Table t("model/OBJECTS.md (ExternalNetwork); Amazon VPC Peering Guide, \"VPC peering limitations\"");
    t << Spec(QStringLiteral("CidrBlocks"), T::List, "Address ranges of the network (peered VPC, on-premises over VPN / Direct Connect).")
      << Spec(QStringLiteral("CidrBlocks[]"), T::Cidr, "IPv4 or IPv6 block.")
      << Spec(QStringLiteral("Description"), T::String, "What the network is.");
    return t.specs;
}

QList<FieldSpec> connection()
{
    Table t("model/OBJECTS.md (Connection); model/connectionspec.h");
    t << Spec(QStringLiteral("FromId"), T::Int, "Id of the source object (caller, router, secondary, trigger, autoscaler).").min(1).required()
      << Spec(QStringLiteral("ToId"), T::Int, "Id of the target object.").min(1).required()
      << Spec(QStringLiteral("Type"), T::Enum, "What the connection says.")
             .values({QStringLiteral("calls"), QStringLiteral("targets"), QStringLiteral("aliases"), QStringLiteral("origin"),
                      QStringLiteral("replicates"), QStringLiteral("triggers"), QStringLiteral("scales")})
             .required()
      << Spec(QStringLiteral("RequestShare"), T::Number, "Share of the source's requests sent along a calls edge.").range(0, 1)
      << Spec(QStringLiteral("Description"), T::String, "Note.");
    return t.specs;
}

} // namespace

QList<FieldSpec> layoutTable(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Region:
        return region();
    case ObjectKind::Vpc:
        return vpc();
    case ObjectKind::AvailabilityZone:
        return availabilityZone();
    case ObjectKind::Subnet:
        return subnet();
    case ObjectKind::EksCluster:
        return eksCluster();
    case ObjectKind::EksAddon:
        return eksAddon();
    case ObjectKind::GlobalReplication:
        return globalReplication();
    case ObjectKind::LoadScenario:
        return loadScenario();
    case ObjectKind::ExternalNetwork:
        return externalNetwork();
    case ObjectKind::Connection:
        return connection();
    default:
        return {};
    }
}

} // namespace Scaleplan::FieldSchemaTables
