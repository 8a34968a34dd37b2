#pragma once

#include "model/designobject.h"
#include "model/diagnostic.h"

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;
class QPointF;

namespace Scaleplan {

/**
 * Colours, fonts and the short texts the canvas shows for each object kind.
 *
 * Colours are chosen to stay readable on the dark application palette and on a projector:
 * saturated mid-tones (Material Design 400 shades) on a near-black background, never dark blue on
 * black. Fonts are sized in points for a 1:1 zoom; the canvas scales them with the view.
 */
namespace CanvasStyle {

/// Scene background (near black, slightly blue).
QColor backgroundColor();
/// Primary text on the background and on item fills.
QColor textColor();
/// Secondary text (facts, captions).
QColor dimTextColor();
/// Outline of selected items.
QColor selectionColor();
/// Marker colour of an item's worst diagnostic: Error red, Warning amber, Info blue.
QColor severityColor(Severity severity);

/// Accent colour of a kind (container outline / card badge). Subnets are coloured by `Tier`
/// (public green, private blue, database purple), so the object is needed, not only its kind.
QColor accentColor(const DesignObject &object);
/// Colour of a subnet tier ("public", "private", "database"; anything else grey).
QColor tierColor(const QString &tier);

/// Short badge text of a kind: "HPA", "VPA", "DEPLOY", "AURORA", ... (never translated: these are
/// AWS/Kubernetes abbreviations).
QString badgeText(ObjectKind kind);

/// The one key fact a card or title bar shows, e.g. "3–50 replicas" for an HPA,
/// "2–16 ACU" for an Aurora cluster, "10.0.0.0/16 · 3 AZs" for a VPC. Empty when the object
/// lacks the fields. Field names as in model/OBJECTS.md.
QString keyFact(const DesignObject &object);

/// Fonts of container titles, card names and facts (bold / regular, sized for a projector).
QFont titleFont();
QFont nameFont();
QFont factFont();
QFont badgeFont();

/// Paints the diagnostic marker: a filled circle of `radius` around `center` in
/// severityColor(severity) with a dark "!" (Error, Warning) or "i" (Info).
void paintDiagnosticMarker(QPainter *painter, const QPointF &center, qreal radius, Severity severity);

} // namespace CanvasStyle
} // namespace Scaleplan
