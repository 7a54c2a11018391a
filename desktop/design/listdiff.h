// SPDX-License-Identifier: GPL-3.0-or-later
// Where two versions of a list differ, so models can announce an insertion or removal instead of
// a reset (views then keep their selection and scroll position).
#pragma once

#include <QList>

namespace voc {

struct ListChange
{
    qsizetype first = 0;     // rows before this are unchanged
    qsizetype oldLength = 0; // changed rows in the old list, starting at first
    qsizetype newLength = 0; // changed rows in the new list, starting at first
};

template<typename T> ListChange diffLists(const QList<T>& before, const QList<T>& after)
{
    const qsizetype oldCount = before.size();
    const qsizetype newCount = after.size();
    qsizetype front = 0;
    while (front < oldCount && front < newCount && before.at(front) == after.at(front))
        ++front;
    qsizetype back = 0;
    while (back < oldCount - front && back < newCount - front &&
           before.at(oldCount - 1 - back) == after.at(newCount - 1 - back))
        ++back;
    return ListChange{front, oldCount - front - back, newCount - front - back};
}

} // namespace voc
