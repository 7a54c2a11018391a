// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the test is written.
#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
private slots:
    void notWritten() { QFAIL("not written yet"); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_vocctlplan.moc"
