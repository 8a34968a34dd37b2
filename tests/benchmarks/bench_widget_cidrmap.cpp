// Benchmark of the CIDR maps (CidrLinearMap, HilbertMap): prints figures, not a pass/fail test.
// For a /16 with 500 subnets and a /8 with 50,000 (sizes /22../28 at random, aligned, laid out in
// address order with random gaps, a few percent overlapping a neighbour; fixed seed) it prints
//  - the cache build time (content set -> picture rendered: CidrMapView::ensureRendered), and
//  - the repaint time (QWidget::repaint of the 900 × 700 widget, mean and max of 100), which is
//    what hover and expose cost; the target is <= 16 ms per repaint.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set).

#include "widgets/cidrmap/cidrlinearmap.h"
#include "widgets/cidrmap/hilbertmap.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace Scaleplan;

namespace {

CidrMapContent makePlan(const char *rootText, int count, QRandomGenerator &random)
{
    const Cidr root = *Cidr::parse(QString::fromLatin1(rootText));
    const quint64 first = root.networkValue().low;
    const quint64 end = first + quint64(root.addressCount());
    const double budget = root.addressCount() / count; // average room per subnet
    int maxPrefix = 28, minPrefix = 22;
    while (minPrefix < 28 && double(quint64(1) << (32 - minPrefix)) > budget * 0.9)
        ++minPrefix;
    static const char *const tiers[] = {"public", "private", "database"};
    static const char *const zones[] = {"us-east-1a", "us-east-1b", "us-east-1c"};
    QList<CidrMapContent::Span> spans;
    spans.reserve(count);
    quint64 next = first;
    for (int i = 0; i < count; ++i) {
        const int prefix = minPrefix + int(random.bounded(quint32(maxPrefix - minPrefix + 1)));
        const quint64 size = quint64(1) << (32 - prefix);
        quint64 start = (next + size - 1) / size * size;
        if (i > 0 && random.bounded(100u) < 3)
            start = spans.last().cidr.networkValue().low; // overlap the previous one
        if (start + size > end)
            break;
        const Cidr block = Cidr::fromValue(Cidr::Family::IPv4, {0, start}, prefix);
        spans.append({ObjectId(i + 1), QStringLiteral("subnet-%1").arg(i), QString::fromLatin1(tiers[i % 3]),
                      QString::fromLatin1(zones[(i / 3) % 3]), QStringLiteral("bench"), block});
        next = std::max(next, start + size);
        // A random gap of up to the average room left per remaining subnet.
        const double room = double(end - next) / std::max(1, count - i - 1);
        if (room > size)
            next += random.bounded(quint32(std::min(room - size, 4.0e9)));
    }
    return CidrMapContent(QStringLiteral("bench"), root, spans);
}

void measure(const char *label, CidrMapView &map, const CidrMapContent &content)
{
    map.resize(900, 700);
    map.show();
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    map.setContent(content);
    map.ensureRendered();
    const double buildMs = timer.nsecsElapsed() / 1e6;
    double total = 0, worst = 0;
    constexpr int kRepaints = 100;
    for (int i = 0; i < kRepaints; ++i) {
        timer.restart();
        map.repaint();
        const double ms = timer.nsecsElapsed() / 1e6;
        total += ms;
        worst = std::max(worst, ms);
    }
    std::fprintf(stdout, "%-34s %6lld subnets  cache build %8.2f ms  repaint mean %6.3f ms  max %6.3f ms\n", label,
                qint64(content.spans().size()), buildMs, total / kRepaints, worst);
    std::fflush(stdout);
    map.hide();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QRandomGenerator random(20240612u);
    const CidrMapContent small = makePlan("10.0.0.0/16", 500, random);
    const CidrMapContent large = makePlan("10.0.0.0/8", 50000, random);

    CidrLinearMap linear;
    HilbertMap hilbert;
    measure("linear map, 10.0.0.0/16", linear, small);
    measure("Hilbert map, 10.0.0.0/16", hilbert, small);
    measure("linear map, 10.0.0.0/8", linear, large);
    measure("Hilbert map, 10.0.0.0/8", hilbert, large);
    return 0;
}
