// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled once per directory and kind of test (tests/CMakeLists.txt, VOC_TEST_PCH) and reused by
// every test of that kind: each test is one translation unit, and parsing these headers was most of
// its compile time. Only headers of Qt and of the core's most used types; a test includes what it
// uses as before, so it builds the same without the precompiled header.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef VOC_TEST_PCH_WIDGETS
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#endif

#include "common/result.h"
