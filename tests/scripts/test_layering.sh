#!/usr/bin/env bash
# Keeps the layer arrows honest (../shared/STYLE.md "Layers"): core, io and edit never include
# widget or ui headers; widgets never include ui; scaleplan-cli does not link QtWidgets.
set -u
cd "$SCALEPLAN_SOURCE_DIR"
fail=0
check() { # pattern, folders..., message
  local pattern="$1"; shift; local message="$1"; shift
  local hits
  hits=$(grep -rnE "$pattern" "$@" --include='*.h' --include='*.cpp' 2>/dev/null || true)
  if [ -n "$hits" ]; then echo "LAYER VIOLATION: $message"; echo "$hits"; fail=1; fi
}
WIDGET_HEADERS='#include[[:space:]]*[<"](QtWidgets/|QtCharts/|QtSvgWidgets/|QtPrintSupport/)?(QWidget|QMainWindow|QDialog|QApplication|QGraphics[A-Za-z]*|QTreeView|QTableView|QLabel|QPushButton|QMessageBox|QChart[A-Za-z]*|QAbstractItemView|QStyledItemDelegate|QDockWidget|QMenu|QAction)[>"]'
check "$WIDGET_HEADERS" "model/ must not include widget headers" model
check '#include[[:space:]]*"(ui|widgets)/' "model/ must not include ui/ or widgets/ headers" model
check '#include[[:space:]]*"ui/' "widgets/ must not include ui/ headers" widgets
check '#include[[:space:]]*<(QGui|QtGui/)' "core and io (model/ except model/edit) must not include QtGui" model/*.h model/*.cpp model/cidr model/sim model/validation model/export model/io
CLI="$SCALEPLAN_BINARY_DIR/app/scaleplan-cli"
if [ -x "$CLI" ]; then
  if ldd "$CLI" | grep -qE 'libQt6(Widgets|Gui|Charts)'; then
    echo "LAYER VIOLATION: scaleplan-cli links QtWidgets/QtGui:"; ldd "$CLI" | grep Qt6; fail=1
  fi
else
  echo "scaleplan-cli not built"; fail=1
fi
# The check itself must be able to fail: a planted violation is detected.
tmp=$(mktemp -d); mkdir -p "$tmp/model"; echo '#include <QWidget>' > "$tmp/model/planted.h"
if ! grep -rqE "$WIDGET_HEADERS" "$tmp/model"; then echo "layer check does not detect a planted violation"; fail=1; fi
rm -rf "$tmp"
[ $fail -eq 0 ] && echo "layering: ok"
exit $fail
