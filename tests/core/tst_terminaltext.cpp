// SPDX-License-Identifier: GPL-3.0-or-later
// TerminalTextFilter: what a console view shows of bytes written for a terminal, whole and in every
// split into chunks (a serial console delivers sequences and UTF-8 characters in pieces). And
// escapeForTerminal: untrusted text as one visible line, whatever controls it holds.
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
    void escapeForTerminal_data();
    void escapeForTerminal();
    void escapeEveryControl();
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

void TestTerminalText::escapeForTerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << u"demo-compute01"_s << u"demo-compute01"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("other scripts and emoji kept")
        << u"Grüße ✓ 計算 \U0001F680"_s << u"Grüße ✓ 計算 \U0001F680"_s;
    QTest::newRow("backslash kept") << u"C:\\x41"_s << u"C:\\x41"_s;
    QTest::newRow("newline forging a problem line")
        << u"demo\nroles[0].count: forged"_s << u"demo\\x0aroles[0].count: forged"_s;
    QTest::newRow("CR rewriting the line") << u"ok\rFAILED"_s << u"ok\\x0dFAILED"_s;
    QTest::newRow("CR LF") << u"a\r\nb"_s << u"a\\x0d\\x0ab"_s;
    QTest::newRow("NUL") << QStringView(u"a\0b", 3).toString() << u"a\\x00b"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a\\x09b"_s;
    QTest::newRow("ESC colour") << u"\x1b[31mred\x1b[0m"_s << u"\\x1b[31mred\\x1b[0m"_s;
    QTest::newRow("OSC title") << u"\x1b]0;owned\x07"_s << u"\\x1b]0;owned\\x07"_s;
    QTest::newRow("backspace and DEL") << u"a\bb\x7f"_s << u"a\\x08b\\x7f"_s;
    QTest::newRow("C1 CSI") << u"a\u009b31mb"_s << u"a\\x9b31mb"_s;
    QTest::newRow("C1 NEL") << u"a\u0085b"_s << u"a\\x85b"_s;
    QTest::newRow("RLO U+202E") << u"exe.\u202Etxt"_s << u"exe.\\u{202e}txt"_s;
    QTest::newRow("LRE..PDF") << u"\u202A\u202B\u202C\u202D"_s << u"\\u{202a}\\u{202b}\\u{202c}\\u{202d}"_s;
    QTest::newRow("isolates U+2066..U+2069")
        << u"\u2066a\u2067b\u2068c\u2069"_s << u"\\u{2066}a\\u{2067}b\\u{2068}c\\u{2069}"_s;
    QTest::newRow("LRM RLM ALM") << u"\u200E\u200F\u061C"_s << u"\\u{200e}\\u{200f}\\u{061c}"_s;
    QTest::newRow("zero width and BOM") << u"a\u200Bb\uFEFF"_s << u"a\\u{200b}b\\u{feff}"_s;
    QTest::newRow("soft hyphen") << u"a\u00ADb"_s << u"a\\xadb"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s << u"a\\u{2028}b\\u{2029}c"_s;
    QTest::newRow("lone high surrogate") << QString(QChar(0xd800)) + u"x"_s << u"\\u{d800}x"_s;
    QTest::newRow("lone low surrogate at the end") << u"x"_s + QChar(0xdc00) << u"x\\u{dc00}"_s;
    QTest::newRow("tag characters (invisible)") << u"a\U000E0041"_s << u"a\\u{e0041}"_s;
}

void TestTerminalText::escapeForTerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(voc::escapeForTerminal(text), escaped);
    // Idempotent: a printer may escape a message whose parts were escaped already.
    QCOMPARE(voc::escapeForTerminal(escaped), escaped);
}

// Whatever the character, the escaped text holds no control, format or separator character.
void TestTerminalText::escapeEveryControl()
{
    QString all;
    for (char32_t c = 0; c < 0x30000; ++c)
        if (!(c >= 0xd800 && c <= 0xdfff))
            all += QStringView(QChar::fromUcs4(c));
    const QString escaped = voc::escapeForTerminal(all);
    for (const char32_t c : escaped.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        QVERIFY2(category != QChar::Other_Control && category != QChar::Other_Format &&
                     category != QChar::Separator_Line && category != QChar::Separator_Paragraph,
                 qPrintable(u"U+%1 left raw"_s.arg(uint(c), 4, 16, QLatin1Char('0'))));
    }
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
