// SPDX-License-Identifier: GPL-3.0-or-later
// TerminalTextFilter: what a console view shows of bytes written for a terminal, whole and in every
// split into chunks (a serial console delivers sequences and UTF-8 characters in pieces).
#include "common/terminaltext.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

// Bytes with their NULs: a string literal's size minus its terminator.
template<qsizetype N> QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

} // namespace

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void toPlainText_data();
    void toPlainText();
    void splitAnywhere_data() { toPlainText_data(); }
    void splitAnywhere();
    void resetForgetsUnfinished();
};

void TestTerminalText::toPlainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << raw("Linux version 6.1.0\n") << u"Linux version 6.1.0\n"_s;
    QTest::newRow("CR LF") << raw("a\r\nb\r\n") << u"a\nb\n"_s;
    QTest::newRow("colours") << raw("\x1b[0;32m  OK  \x1b[0m Started ssh.service")
                             << u"  OK   Started ssh.service"_s;
    QTest::newRow("private modes") << raw("\x1b[?25l\x1b[?2004hx\x1b[?25h") << u"x"_s;
    QTest::newRow("cursor and erase") << raw("\x1b[2J\x1b[H\x1b[1;1H\x1b[Kboot") << u"boot"_s;
    QTest::newRow("CSI with intermediate") << raw("\x1b[1 qx") << u"x"_s;
    QTest::newRow("OSC ended by BEL") << raw("\x1b]0;root@demo-head: ~\x07$ ") << u"$ "_s;
    QTest::newRow("OSC ended by ST") << raw("\x1b]2;title\x1b\\text") << u"text"_s;
    QTest::newRow("hyperlink") << raw("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") << u"link"_s;
    QTest::newRow("DCS") << raw("\x1bPq#0;2;0;0;0\x1b\\after") << u"after"_s;
    QTest::newRow("APC and PM") << raw("\x1b_app\x1b\\\x1b^pm\x07x") << u"x"_s;
    QTest::newRow("charset selection") << raw("\x1b(B\x1b)0\x1b%Gx") << u"x"_s;
    QTest::newRow("one-byte escapes") << raw("\x1b"
                                             "7\x1b"
                                             "8\x1bM\x1b=\x1b>\x1b"
                                             "cx")
                                      << u"x"_s;
    QTest::newRow("C0 controls") << raw("a\x07"
                                        "b\x08"
                                        "c\x00"
                                        "d\x7f"
                                        "e\tf\x0c"
                                        "g")
                                 << u"abcde\tfg"_s;
    QTest::newRow("stray ESC before a newline") << raw("a\x1b\nb") << u"a\nb"_s;
    QTest::newRow("CSI cut by a newline") << raw("\x1b[12\nx") << u"\nx"_s;
    QTest::newRow("unterminated OSC ends at the line") << raw("\x1b]0;never ends\nnext") << u"\nnext"_s;
    QTest::newRow("CAN aborts") << raw("\x1b[31\x18x") << u"x"_s;
    QTest::newRow("ESC in a CSI starts another") << raw("\x1b[1\x1b[2mx") << u"x"_s;
    QTest::newRow("unfinished at the end") << raw("text\x1b[3") << u"text"_s;
    QTest::newRow("UTF-8") << raw("Gr\xc3\xbc\xc3\x9f"
                                  "e \xe2\x9c\x93\n")
                           << u"Grüße ✓\n"_s;
    QTest::newRow("malformed UTF-8") << raw("a\xff"
                                            "b")
                                     << u"a\uFFFDb"_s;
    QTest::newRow("C1 controls") << raw("a\xc2\x9b"
                                        "b\xc2\x85"
                                        "c")
                                 << u"abc"_s;
    // A runaway sequence is garbage, not a command: the text after its bound shows again.
    QTest::newRow("runaway CSI") << QByteArray("\x1b[") + QByteArray(300, '1') + QByteArray("\ntail")
                                 << QString(45, u'1') + u"\ntail"_s;
    QTest::newRow("runaway OSC") << QByteArray("\x1b]") + QByteArray(5000, 'a') + QByteArray("b")
                                 << QString(905, u'a') + u"b"_s;
}

void TestTerminalText::toPlainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(TerminalTextFilter::toPlainText(bytes), text);
}

void TestTerminalText::splitAnywhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    // Two chunks, split at every byte.
    for (qsizetype at = 0; at <= bytes.size(); ++at) {
        TerminalTextFilter filter;
        QString joined = filter.feed(QByteArrayView(bytes).first(at)); // in this order
        joined += filter.feed(QByteArrayView(bytes).sliced(at));
        QVERIFY2(joined == text, qPrintable(u"split at %1: %2"_s.arg(at).arg(joined.left(80))));
    }
    // One byte at a time.
    TerminalTextFilter filter;
    QString joined;
    for (char c : std::as_const(bytes))
        joined += filter.feed(QByteArrayView(&c, 1));
    QCOMPARE(joined, text);
}

void TestTerminalText::resetForgetsUnfinished()
{
    TerminalTextFilter filter;
    QCOMPARE(filter.feed("before\x1b]0;title"), u"before"_s);
    filter.reset(); // a new log replaces the old one: its unfinished title must not eat the new text
    QCOMPARE(filter.feed("after\n"), u"after\n"_s);
    QCOMPARE(filter.feed("\xc3"), QString());
    filter.reset();
    QCOMPARE(filter.feed("x"), u"x"_s);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
