# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2154 # cache, force, mirror, suite, recipes: set by build-vcn-image
# The demo head and compute images, sourced by scripts/build-vcn-image. One base root file system
# (debootstrap minbase + scripts/vcn-image/demo/packages + rootfs/ + the VO key) is built once and
# cached as <cache>/base-<hash>/; head (base + head-packages) and compute are copies of it. The root
# file system becomes an ext4 image with `mkfs.ext4 -d` (no loop devices, no partitions), then qcow2.

# udev.children_max: with one vCPU, more udev workers (each a fork, every page fault of it costly
# under TCG) process the boot's device events no sooner.
demo_cmdline="root=/dev/vda rw console=ttyS0 loglevel=6 udev.children_max=2"
demo_disk_mib=4096

# Runs a command inside the root file system with /proc, /sys, /dev, /run and /tmp mounted in a
# private mount namespace: the mounts end with the command, even when it fails or is killed.
demo_chroot() {
  local root="$1"
  shift
  # shellcheck disable=SC2016 # expanded by the inner shell
  unshare --mount --propagation private -- /bin/bash -euc '
    root="$1"
    shift
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/run"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
      LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
  ' demo-chroot "$root" "$@"
}

demo_packages() { grep -v '^\s*#' "$1" | xargs; }

demo_require_root() {
  [ "$(id -u)" -eq 0 ] || die "the $1 image needs root (debootstrap, chroot): run as root, or build --role tiny only"
  local tool
  for tool in debootstrap unshare chroot mkfs.ext4 qemu-img; do
    command -v "$tool" >/dev/null || die "'$tool' is missing: run scripts/setup"
  done
}

# The common root file system, cached by the recipe hash; sets demo_base_dir (a global, not
# printed: a command substitution would run it in a subshell, out of reach of the cleanup trap).
demo_base_dir=""
demo_base() {
  local hash="$1"
  local base="$cache/base-$hash" work root log pkgs head_pkgs modules m
  if [ -f "$base/complete" ] && [ "$force" -eq 0 ]; then
    say "[base] up to date: $base"
    demo_base_dir="$base"
    return 0
  fi
  need_space 3000
  rm -rf --one-file-system "$base"
  work="$(mktemp -d "$cache/.work-base.XXXXXX")"
  cleanup_paths+=("$work")
  root="$work/rootfs"
  log="$work/debootstrap.log"

  say "[base] debootstrap $suite (minbase) from $mirror"
  if ! debootstrap --variant=minbase --arch=amd64 --components=main "$suite" "$root" "$mirror" \
    >"$log" 2>&1; then
    tail -n 15 "$log" >&2
    [ -f "$root/debootstrap/debootstrap.log" ] && tail -n 15 "$root/debootstrap/debootstrap.log" >&2
    die "debootstrap failed (log above); check that $mirror is reachable"
  fi

  # The image's own files first: dpkg's path excludes must be in place before the packages come.
  cp -a "$recipes/demo/rootfs/." "$root/"
  echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
  cat >"$root/etc/apt/apt.conf.d/99voc-build" <<'EOF'
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
  # Services are started by the VCN at boot, never inside the build.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 0755 "$root/usr/sbin/policy-rc.d"

  pkgs="$(demo_packages "$recipes/demo/packages")"
  head_pkgs="$(demo_packages "$recipes/demo/head-packages")"
  say "[base] apt: $pkgs (+ head: $head_pkgs, download only)"
  # Everything is downloaded first: installing systemd-resolved replaces resolv.conf, and the head's
  # packages are installed later from this download without the network.
  # shellcheck disable=SC2086
  demo_chroot "$root" apt-get update -qq >"$log" 2>&1 || { tail -n 15 "$log" >&2; die "apt-get update failed in the image (mirror $mirror)"; }
  # shellcheck disable=SC2086
  demo_chroot "$root" apt-get install -y -q --download-only $pkgs $head_pkgs \
    >"$log" 2>&1 || { tail -n 15 "$log" >&2; die "downloading the packages failed"; }
  # shellcheck disable=SC2086
  demo_chroot "$root" apt-get install -y -q --no-download $pkgs >"$log" 2>&1 ||
    { tail -n 25 "$log" >&2; die "installing the packages failed"; }

  say "[base] configuration: units, VO key, initramfs"
  cp -a "$recipes/demo/rootfs/." "$root/" # again: packages may have put their defaults over ours
  install -d -m 0700 "$root/root/.ssh"
  install -m 0600 "$(vo_key_path)" "$root/root/.ssh/id_ed25519"
  install -m 0644 "$(vo_key_path).pub" "$root/root/.ssh/id_ed25519.pub"
  install -m 0600 "$(vo_key_path).pub" "$root/root/.ssh/authorized_keys"
  : >"$root/etc/hostname"
  demo_chroot "$root" systemctl enable systemd-networkd.service systemd-resolved.service \
    voc-ssh-hostkeys.service voc-ready.service >"$log" 2>&1 || { cat "$log" >&2; die "systemctl enable failed"; }
  # An empty machine-id makes this a first boot; systemd-firstboot would then ask on the console.
  # The rest cost a VCN boot time under TCG (five VCNs share two cores: every guest's CPU second
  # counts) and do nothing for it: scrubbing LVM snapshots, EFI pstore, kernel debug/trace/config
  # and hugepage mounts and the modules behind them, a getty on a screen the VCN has not, and the
  # package and file system timers of a long-lived machine.
  demo_chroot "$root" systemctl mask systemd-firstboot.service \
    e2scrub_reap.service e2scrub_all.timer systemd-pstore.service \
    modprobe@configfs.service modprobe@dm_mod.service modprobe@drm.service \
    modprobe@efi_pstore.service modprobe@fuse.service \
    sys-kernel-debug.mount sys-kernel-tracing.mount sys-kernel-config.mount \
    sys-fs-fuse-connections.mount dev-hugepages.mount proc-sys-fs-binfmt_misc.automount \
    getty@tty1.service apt-daily.timer apt-daily-upgrade.timer dpkg-db-backup.timer fstrim.timer \
    >"$log" 2>&1 || { cat "$log" >&2; die "systemctl mask failed"; }
  # Generators systemd runs before every boot, each an exec: a VCN has no encrypted, integrity or
  # verity volumes, no GPT partitions to discover, no hibernation image, no rc.local and no offline
  # updates.
  install -d "$root/etc/systemd/system-generators"
  local generator
  for generator in cryptsetup gpt-auto hibernate-resume integritysetup veritysetup rc-local system-update; do
    ln -sfn /dev/null "$root/etc/systemd/system-generators/systemd-$generator-generator"
  done
  # No systemd user session per login (pam_systemd): the console's autologin and every ssh login
  # of an MPI launch would start a user manager, seconds of CPU each under TCG.
  if [ -f "$root/usr/share/pam-configs/systemd" ]; then
    demo_chroot "$root" pam-auth-update --package --disable systemd >"$log" 2>&1 ||
      { cat "$log" >&2; die "pam-auth-update --disable systemd failed"; }
  fi
  if grep -q pam_systemd "$root/etc/pam.d/common-session"; then
    die "pam_systemd is still in the image's common-session"
  fi

  # The drivers a VCN needs for its root disk and for either NIC model of a design (virtio, e1000),
  # in the initramfs so the network is there early. A kernel without one of them (like Debian's
  # cloud kernel, which has no e1000) would boot VCNs without network: the build fails instead.
  local ver
  ver="$(find "$root/lib/modules/" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
  modules=()
  for m in virtio_pci virtio_blk virtio_net virtio_scsi e1000 ext4; do
    if demo_chroot "$root" modinfo -k "$ver" "$m" >/dev/null 2>&1; then
      modules+=("$m")
    elif [ "$m" != virtio_scsi ]; then
      die "the image's kernel $ver has no $m driver: scripts/vcn-image/demo/packages must name linux-image-amd64"
    fi
  done
  printf '%s\n' "${modules[@]}" >>"$root/etc/initramfs-tools/modules"
  demo_chroot "$root" update-initramfs -u -k all >"$log" 2>&1 || { tail -n 15 "$log" >&2; die "update-initramfs failed in the image"; }
  demo_chroot "$root" lsinitramfs "/boot/initrd.img-$ver" >"$log" 2>&1 || { tail -n 15 "$log" >&2; die "lsinitramfs failed in the image"; }
  grep -q '/e1000\.ko$' "$log" || die "the initramfs of $ver has no e1000.ko (MODULES=list, /etc/initramfs-tools/modules)"
  printf '%s\n' "${modules[@]}" >"$work/initramfs-modules"
  du -sm "$root/lib/modules/$ver" | cut -f1 >"$work/modules-mib"

  mkdir -p "$base"
  mv "$root" "$base/rootfs"
  mv "$work/initramfs-modules" "$work/modules-mib" "$base/"
  touch "$base/complete"
  rm -rf --one-file-system "$work"
  local old
  for old in "$cache"/base-*; do
    [ "$old" = "$base" ] || rm -rf --one-file-system "$old"
  done
  demo_base_dir="$base"
}

# What no VCN should inherit from the build: package caches, logs, host keys, the machine id.
demo_strip() {
  local root="$1"
  demo_chroot "$root" apt-get clean >/dev/null
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/debconf/*-old
  rm -f "$root/usr/sbin/policy-rc.d" "$root/etc/apt/apt.conf.d/99voc-build"
  rm -f "$root"/etc/ssh/ssh_host_*
  find "$root/var/log" -type f -delete
  rm -rf "${root:?}"/tmp/* "${root:?}"/var/tmp/*
  find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete 2>/dev/null || true
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/*
  : >"$root/etc/machine-id"
  : >"$root/etc/hostname"
  rm -f "$root/var/lib/dbus/machine-id" "$root/var/lib/systemd/random-seed"
  ln -sf ../run/systemd/resolve/stub-resolv.conf "$root/etc/resolv.conf"
}

build_demo() {
  local r="$1" out="$2" hash="$3" start="$4" base work root ver used extra
  demo_require_root "$r"
  demo_base "$hash"
  base="$demo_base_dir"
  need_space 2000
  work="$(mktemp -d "$cache/.work-$r.XXXXXX")"
  cleanup_paths+=("$work")
  root="$work/rootfs"

  say "[$r] root file system from the base"
  cp -a "$base/rootfs" "$root"
  if [ "$r" = head ] && [ -s "$recipes/demo/head-packages" ]; then
    local pkgs
    pkgs="$(demo_packages "$recipes/demo/head-packages")"
    say "[$r] apt: $pkgs"
    # shellcheck disable=SC2086
    demo_chroot "$root" apt-get install -y -q --no-download $pkgs >"$work/apt.log" 2>&1 ||
      { tail -n 25 "$work/apt.log" >&2; die "installing $pkgs failed"; }
  fi
  echo "$r $hash" >"$root/etc/voc-image"
  demo_strip "$root"

  ver="$(find "$root/boot" -maxdepth 1 -name 'vmlinuz-*' -printf '%f\n' | sort -V | tail -n 1)"
  ver="${ver#vmlinuz-}"
  if [ -z "$ver" ] || [ ! -f "$root/boot/initrd.img-$ver" ]; then
    die "no kernel or initrd in the image's /boot"
  fi
  local kernel_format
  kernel_format="$(install_kernel "$root/boot/vmlinuz-$ver" "$out/vmlinuz")"
  cp "$root/boot/initrd.img-$ver" "$out/initrd.img"

  used="$(du -sm "$root" | cut -f1)"
  say "[$r] ext4 of $demo_disk_mib MiB from $used MiB of files -> qcow2"
  # Inode tables and journal are written now (as zeros, skipped by qemu-img), not lazily by the
  # guest's kernel at first mount, which would fill every VCN's overlay with them.
  mkfs.ext4 -q -F -L "voc-$r" -E lazy_itable_init=0,lazy_journal_init=0,nodiscard \
    -d "$root" "$work/disk.raw" "${demo_disk_mib}M" >"$work/mkfs.log" 2>&1 ||
    { cat "$work/mkfs.log" >&2; die "mkfs.ext4 -d failed for the $r image"; }
  rm -rf --one-file-system "$root"
  qemu-img convert -q -f raw -O qcow2 "$work/disk.raw" "$out/disk.qcow2"
  rm -f "$work/disk.raw"

  extra="  \"kernelVersion\": $(json_string "$ver"),"
  extra+=$'\n'"  \"kernelFormat\": \"$kernel_format\","
  extra+=$'\n'"  \"rootFilesMiB\": $used,"
  extra+=$'\n'"  \"initramfsModules\": \"$(xargs <"$base/initramfs-modules")\","
  extra+=$'\n'"  \"kernelModulesMiB\": $(cat "$base/modules-mib"),"
  extra+=$'\n'"  \"voKey\": $(json_string "$(vo_key_path)")"
  write_manifest "$out" "$r" "$hash" "$demo_cmdline" "$(($(date +%s) - start))" "$extra"
  rm -rf --one-file-system "$work"
}

build_head() { build_demo head "$@"; }
build_compute() { build_demo compute "$@"; }
