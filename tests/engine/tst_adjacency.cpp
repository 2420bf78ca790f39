// SPDX-License-Identifier: GPL-3.0-or-later
// The flat adjacency lists: reversing dependency lists gives each task its dependents, in the
// order the tasks come in the file, for graphs with no edges, shared dependencies and long fans.

#include "graph/adjacency.h"

#include <QTest>

using namespace altrunner;

using Lists = QList<QList<int>>;

class tst_Adjacency : public QObject
{
    Q_OBJECT

private slots:
    void reversed_data();
    void reversed();
};

void tst_Adjacency::reversed_data()
{
    QTest::addColumn<Lists>("dependencies");
    QTest::addColumn<Lists>("dependents");
    QTest::newRow("empty") << Lists {} << Lists {};
    QTest::newRow("no edges") << Lists {{}, {}, {}} << Lists {{}, {}, {}};
    QTest::newRow("chain") << Lists {{}, {0}, {1}} << Lists {{1}, {2}, {}};
    QTest::newRow("diamond") << Lists {{}, {0}, {0}, {1, 2}} << Lists {{1, 2}, {3}, {3}, {}};
    QTest::newRow("dependents in file order, not in listing order")
            << Lists {{}, {}, {1, 0}, {0, 1}} << Lists {{2, 3}, {2, 3}, {}, {}};
    QTest::newRow("fan out") << Lists {{}, {0}, {0}, {0}, {0}}
                             << Lists {{1, 2, 3, 4}, {}, {}, {}, {}};
    QTest::newRow("dependency after its dependent")
            << Lists {{2}, {2}, {}} << Lists {{}, {}, {0, 1}};
}

void tst_Adjacency::reversed()
{
    QFETCH(Lists, dependencies);
    QFETCH(Lists, dependents);
    const Adjacency a = Adjacency::reversed(dependencies);
    QCOMPARE(a.size(), dependents.size());
    for (qsizetype v = 0; v < a.size(); ++v) {
        const auto got = a.at(v);
        QCOMPARE(QList<int>(got.begin(), got.end()), dependents.at(v));
    }
}

QTEST_GUILESS_MAIN(tst_Adjacency)
#include "tst_adjacency.moc"
