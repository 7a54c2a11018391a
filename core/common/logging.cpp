// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcModel, "vocstudio.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "vocstudio.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBench, "vocstudio.bench", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVirt, "vocstudio.virt", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLdap, "vocstudio.ldap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRemote, "vocstudio.remote", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProcess, "vocstudio.process", QtInfoMsg)
