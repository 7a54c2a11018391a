// SPDX-License-Identifier: GPL-3.0-or-later
// main() of an e2e test: as root outside the libvirt sandbox, the test runs itself again inside
// tests/e2e/libvirt-sandbox (private namespaces and libvirtd), so ctest needs no wrapper of its own.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTest>

#include <cstdio>
#include <unistd.h>
#include <vector>

namespace voc::e2e {

// Why an e2e test cannot run here, for its QSKIP; empty when it runs as root inside the sandbox.
inline QString sandboxSkipReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root: the e2e tests start their own libvirtd in private namespaces (run "
                              "ctest as root)");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        return QStringLiteral(
            "run through tests/e2e/libvirt-sandbox, so the host's libvirt is never touched");
    return {};
}

// Returns only when the test should run here: not root (it then skips, saying why) or already inside.
inline void reexecInSandbox(int argc, char** argv)
{
    if (::geteuid() != 0 || !qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        return;
    std::vector<char*> args;
    args.push_back(const_cast<char*>(VOC_LIBVIRT_SANDBOX_SCRIPT));
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execv(VOC_LIBVIRT_SANDBOX_SCRIPT, args.data());
    std::perror("could not run " VOC_LIBVIRT_SANDBOX_SCRIPT);
    std::_Exit(1);
}

} // namespace voc::e2e

#define VOC_E2E_MAIN(TestClass)                                                                              \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        voc::e2e::reexecInSandbox(argc, argv);                                                               \
        QCoreApplication app(argc, argv);                                                                    \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
