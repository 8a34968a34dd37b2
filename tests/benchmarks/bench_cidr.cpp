// Benchmark of the CIDR engine: prints figures, not a pass/fail test.
//  1. OverlapFinder over 100,000 random IPv4 blocks (/16../28 anywhere in the IPv4 space, fixed
//     seed), the R-tree path; the same blocks mapped into ::ffff:0:0/96 through the IPv6
//     sort-and-sweep path for comparison (the pair counts must agree).
//     The same IPv4 blocks are written to a file (one CIDR a line) and checked by
//     tests/benchmarks/bench_overlap.py (Python's ipaddress, sort then pairwise); the ratio of the
//     two times is printed (issue target: at least 50x). Set SCALEPLAN_BENCH_NO_PYTHON=1 to skip.
//  2. AddressPlan::freeSpace of 10.0.0.0/8 with 50,000 random allocations (/20../28), plus
//     summarise and nextFree on the same data.

#include "model/cidr/addressplan.h"
#include "model/cidr/overlapfinder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Scaleplan;

int main()
{
    QRandomGenerator random(20240611u);

    QList<Cidr> v4;
    QList<Cidr> v6;
    v4.reserve(100000);
    v6.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        const int prefix = 16 + int(random.bounded(13u));
        const Cidr block = Cidr::fromValue(Cidr::Family::IPv4, {0, random.generate()}, prefix);
        v4 << block;
        v6 << Cidr::fromValue(Cidr::Family::IPv6, {0, 0xffff00000000ull | block.networkValue().low}, prefix + 96);
    }

    // Median of 7 runs: one run on a shared 2-core machine is too noisy to compare with a target.
    QElapsedTimer timer;
    QList<QPair<int, int>> pairs4;
    std::vector<qint64> runsNs;
    for (int run = 0; run < 7; ++run) {
        timer.start();
        pairs4 = OverlapFinder::overlappingPairs(v4);
        runsNs.push_back(timer.nsecsElapsed());
    }
    std::sort(runsNs.begin(), runsNs.end());
    const qint64 rtreeNs = runsNs[runsNs.size() / 2];
    const qint64 rtreeMs = rtreeNs / 1000000;
    timer.restart();
    const auto pairs6 = OverlapFinder::overlappingPairs(v6);
    const qint64 sweepMs = timer.elapsed();
    std::printf("overlap detection, 100000 IPv4 blocks (R-tree, median of 7): %lld ms, %lld overlapping pairs\n",
                qlonglong(rtreeMs), qlonglong(pairs4.size()));
    std::printf("overlap detection, same blocks as IPv6 (sweep): %lld ms, %lld overlapping pairs%s\n",
                qlonglong(sweepMs), qlonglong(pairs6.size()), pairs4 == pairs6 ? "" : "  ** MISMATCH **");

    // Python ipaddress baseline on the same blocks.
    bool pythonAgrees = true;
    if (qEnvironmentVariableIntValue("SCALEPLAN_BENCH_NO_PYTHON") == 0) {
        const QString blocksPath = QDir::temp().filePath(QStringLiteral("scaleplan-bench-overlap-blocks.txt"));
        QFile blocksFile(blocksPath);
        if (blocksFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            QTextStream stream(&blocksFile);
            for (const Cidr &block : v4)
                stream << block.toString() << '\n';
            stream.flush();
            blocksFile.close();
            QProcess python;
            python.start(QStringLiteral("python3"),
                         {QStringLiteral(SCALEPLAN_SOURCE_DIR "/tests/benchmarks/bench_overlap.py"), blocksPath});
            python.waitForFinished(600000);
            const QString line = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("python_parse_ms=([0-9.]+) python_check_ms=([0-9.]+) pairs=([0-9]+)")).match(line);
            if (m.hasMatch()) {
                const double checkMs = m.captured(2).toDouble();
                const qlonglong pythonPairs = m.captured(3).toLongLong();
                pythonAgrees = pythonPairs == pairs4.size();
                const double rtreeExactMs = double(rtreeNs) / 1e6;
                std::printf("python ipaddress (sort + pairwise), same blocks: %.1f ms check (+ %.1f ms parsing), %lld pairs%s\n",
                            checkMs, m.captured(1).toDouble(), pythonPairs, pythonAgrees ? "" : "  ** MISMATCH **");
                std::printf("ratio python check / R-tree: %.1fx (%.1f ms / %.2f ms)\n", checkMs / std::max(rtreeExactMs, 1e-3),
                            checkMs, rtreeExactMs);
            } else {
                std::printf("python baseline did not run (python3 %s): %s\n", qPrintable(blocksPath),
                            qPrintable(QString::fromUtf8(python.readAllStandardError()).left(300)));
            }
            QFile::remove(blocksPath);
        }
    }

    const Cidr parent = *Cidr::parse(u"10.0.0.0/8");
    QList<Cidr> allocated;
    allocated.reserve(50000);
    for (int i = 0; i < 50000; ++i) {
        const int prefix = 20 + int(random.bounded(9u));
        allocated << Cidr::fromValue(Cidr::Family::IPv4, {0, 0x0a000000u | random.bounded(0x1000000u)}, prefix);
    }
    timer.restart();
    const auto free = AddressPlan::freeSpace(parent, allocated);
    const qint64 freeMs = timer.elapsed();
    timer.restart();
    const auto summary = AddressPlan::summarise(allocated);
    const qint64 summariseMs = timer.elapsed();
    timer.restart();
    const auto next = AddressPlan::nextFree(parent, allocated, 24);
    const qint64 nextMs = timer.elapsed();
    double freeAddresses = 0;
    for (const Cidr &block : free)
        freeAddresses += block.addressCount();
    std::printf("free space of 10.0.0.0/8 with 50000 allocations: %lld ms, %lld free blocks, %.0f free addresses\n",
                qlonglong(freeMs), qlonglong(free.size()), freeAddresses);
    double usedAddresses = 0;
    for (const Cidr &block : summary)
        usedAddresses += block.addressCount();
    std::printf("summarise 50000 allocations: %lld ms, %lld blocks, %.0f used addresses (used + free = %.0f, a /8 has 16777216)\n",
                qlonglong(summariseMs), qlonglong(summary.size()), usedAddresses, usedAddresses + freeAddresses);
    std::printf("next free /24: %lld ms, %s\n", qlonglong(nextMs), next ? qPrintable(next->toString()) : "none");
    return pairs4 == pairs6 && pythonAgrees ? 0 : 1;
}
