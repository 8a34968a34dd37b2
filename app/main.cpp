// scaleplan: the desktop application (main window on the reference design or a given file).

#include "model/edit/designeditor.h"
#include "model/design.h"
#include "model/io/referencedesign.h"
#include "ui/mainwindow.h"
#include "widgets/canvasview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Scaleplan;

namespace {

/// A dark palette for the Fusion style: light text on near-black, a cyan highlight that reads
/// on a projector. Disabled texts are dimmed, not hidden.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x29, 0x30);
    const QColor base(0x1b, 0x1e, 0x24);
    const QColor alternate(0x23, 0x27, 0x2e);
    const QColor text(0xec, 0xef, 0xf4);
    const QColor disabled(0x7a, 0x80, 0x8a);
    const QColor highlight(0x2f, 0x7f, 0xb5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Link, QColor(0x4f, 0xc3, 0xf7));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(140));
    p.setColor(QPalette::Midlight, window.lighter(120));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("scaleplan"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Scaleplan"));
    QApplication::setOrganizationDomain(QStringLiteral("scaleplan.example"));
    QApplication::setApplicationName(QStringLiteral("Scaleplan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Scaleplan"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan and check scalability designs for AWS and Kubernetes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .scaleplan project or a design document to open "
                                                                 "(default: the bundled reference design)."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Show the window at 1600×1000, select the web-app HPA, wait for validation "
                                        "and simulation, save a picture of the window to <png> and exit."),
        QStringLiteral("png"));
    parser.addOption(screenshotOption);
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        QApplication::translate("main", "With --screenshot: select the first object named <name> instead of the "
                                        "web-app HPA (its curves are shown in the Simulation dock)."),
        QStringLiteral("name"));
    parser.addOption(selectOption);
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    const QStringList files = parser.positionalArguments();

    MainWindow window;
    if (!screenshot.isEmpty())
        window.setInteractive(false);
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(QFileInfo(files.first()).absoluteFilePath(), &error)) {
            std::fprintf(stderr, "scaleplan: %s\n", qPrintable(error));
            if (!screenshot.isEmpty())
                return 2;
            window.setDesign(ReferenceDesign::load());
        }
    } else {
        window.setDesign(ReferenceDesign::load());
    }

    if (screenshot.isEmpty()) {
        window.show();
        // Work autosaved by a session that crashed: offer it once the window is up.
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
        return app.exec();
    }

    // --screenshot: a fixed-size window, the web-app HPA selected, analysis finished.
    window.resize(1600, 1000);
    window.show();
    const DesignData &data = window.design()->data();
    ObjectId hpa = data.findByName(ObjectKind::HorizontalPodAutoscaler, QStringLiteral("web-app-hpa"));
    if (parser.isSet(selectOption)) {
        hpa = 0;
        for (ObjectId id : data.preorder()) {
            if (data.object(id)->name == parser.value(selectOption)) {
                hpa = id;
                break;
            }
        }
        if (hpa == 0) {
            std::fprintf(stderr, "scaleplan: no object named %s\n", qPrintable(parser.value(selectOption)));
            return 2;
        }
    } else if (hpa == 0) {
        const QList<ObjectId> hpas = data.objectsOfKind(ObjectKind::HorizontalPodAutoscaler);
        hpa = hpas.isEmpty() ? 0 : hpas.first();
    }
    // Frame the region holding the HPA: the whole design at once would be too small to read.
    const ObjectId region = hpa != 0 ? data.enclosing(hpa, ObjectKind::Region) : 0;
    auto frame = [&] {
        if (region != 0)
            window.canvasView()->fitToObject(region);
        else
            window.canvasView()->fitToView();
    };
    int exitCode = 0;
    bool done = false;
    auto grab = [&] {
        if (done)
            return;
        done = true;
        frame();
        QApplication::processEvents();
        const QPixmap picture = window.grab();
        if (!picture.save(screenshot)) {
            std::fprintf(stderr, "scaleplan: cannot write %s\n", qPrintable(screenshot));
            exitCode = 2;
        }
        QTimer::singleShot(0, &app, [&] { QApplication::exit(exitCode); });
    };
    QObject::connect(&window, &MainWindow::analysisFinished, &app, [&] {
        // Let the chart and canvas repaint with the final results first.
        QTimer::singleShot(200, &app, grab);
    });
    QTimer::singleShot(100, &app, [&] {
        if (hpa != 0)
            window.selectObjects({hpa});
        frame();
        if (!window.isAnalysing())
            QTimer::singleShot(200, &app, grab);
    });
    // Safety net: never hang in CI.
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "scaleplan: analysis did not finish in 120 s; saving the window as it is\n");
        grab();
    });
    return app.exec();
}
