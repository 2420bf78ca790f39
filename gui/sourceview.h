// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace altrunner {

// The Source tab: the ALT file's text, read-only, in a fixed-width font, where a problem's line
// and column can be shown.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    explicit SourceView(QWidget *parent = nullptr);

    // Selects from (line, column), 1-based, to the end of that line and scrolls it into view.
    void showPosition(int line, int column);
};

} // namespace altrunner
