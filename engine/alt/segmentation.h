// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace altrunner {

// The ALT_LAS segmentation service's file shape (`segments`, `command`, `timestamp`, parameter
// lists, `chaos_level`), mapped to an ALT document the validator checks like any other
// (docs/formats.md "Segmentation files"). Its own rules are checked here, in its own words;
// every diagnostic, the validator's included, points into the segmentation document.
class Segmentation final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::Segmentation)

public:
    static bool isSegmentation(const QJsonObject &root);

    struct Mapped
    {
        QJsonObject alt;
        Diagnostics diagnostics; // pointers into the segmentation document, positions unresolved
        // Per diagnostic, the pointer whose position locates it.
        QStringList anchors;
    };
    static Mapped toAlt(const QJsonObject &root);

    // Where in the segmentation document the value at ALT pointer `altPointer` came from.
    static QString sourcePointer(const QString &altPointer, const QJsonObject &root);
};

} // namespace altrunner
