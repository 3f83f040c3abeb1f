/**
 * Cloud-init documents and run-command scripts for the VMs. Scripts are fixed text; the values
 * they need arrive as files written by cloud-init (base64, decoded by cloud-init itself) or as
 * run-command parameters (environment variables), never by splicing values into script text.
 * The only values placed in a file that a shell sources are ones that passed `shell-safety`
 * patterns, and they are single-quoted on top of that.
 */
import { acrTokenAudience } from './image-reference.js';
import { encodeBase64, renderEnvFile, shellQuote } from './shell-safety.js';
import { GENERATOR_NODE_FLAGS } from '../engine/generator-heap.js';

/** Where things live on the VMs (fixed paths, referenced by the scripts below). */
export const vmPaths = {
  /** Product settings sourced by the start script. */
  productConf: '/etc/bench/product.conf',
  /** Docker env file of the product container. */
  productEnv: '/etc/bench/product.env',
  /** Load-VM settings sourced by its scripts. */
  loadConf: '/etc/bench/load.conf',
  /** JSON status of the product start: `{ phase, atMs }`. */
  productStatus: '/var/lib/bench/product-status.json',
  /** JSON status of the load-VM preparation. */
  loadStatus: '/var/lib/bench/load-status.json',
  /** Sampler output, one JSON object per line per second. */
  samples: '/var/lib/bench/samples.jsonl',
  /** Where the runner bundle is downloaded on a load VM. */
  runnerBundle: '/opt/bench/runner.mjs',
} as const;

/** Name of the product container on the product VM (the candidate of a same-VM A/B). */
export const productContainerName = 'bench-product';

/** Name of the baseline container of a same-VM A/B, beside the product container. */
export const baselineContainerName = 'bench-baseline';

/** Fixed user name of the ACR token exchange login (not a secret: the refresh token is). */
export const acrTokenUser = '00000000-0000-0000-0000-000000000000';

/** Shell function shared by both VMs: IMDS token of the VM identity → ACR refresh token → docker login. */
const acrLoginFunction = `acr_login() {
  local aad refresh
  aad=$(curl -sfG --max-time 10 -H Metadata:true \\
    --data-urlencode api-version=2018-02-01 \\
    --data-urlencode resource=${acrTokenAudience} \\
    --data-urlencode "msi_res_id=$BENCH_IDENTITY_ID" \\
    http://169.254.169.254/metadata/identity/oauth2/token | jq -r .access_token)
  [ -n "$aad" ] && [ "$aad" != null ] || return 1
  refresh=$(curl -sf --max-time 30 -X POST "https://$BENCH_ACR/oauth2/exchange" \\
    --data-urlencode grant_type=access_token \\
    --data-urlencode "service=$BENCH_ACR" \\
    --data-urlencode "access_token=$aad" | jq -r .refresh_token)
  [ -n "$refresh" ] && [ "$refresh" != null ] || return 1
  printf '%s' "$refresh" | docker login "$BENCH_ACR" --username ${acrTokenUser} --password-stdin
}

# The identity's role assignment can take minutes to reach ACR: bounded retries, each logged.
acr_login_with_retries() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if acr_login; then return 0; fi
    echo "ACR login to $BENCH_ACR failed (attempt $attempt of 10); retrying in 15 s"
    sleep 15
  done
  return 1
}`;

/**
 * Status reporting of a cloud-init script: `status <phase>` records the phase (fixed words, so
 * printf writes valid JSON), and an ERR/EXIT trap turns any failure, guarded or not, into phase
 * `failed` with its step and exit code at once, so the readiness check stops waiting instead of
 * running out its timeout. The readiness check prints the end of the cloud-init output log.
 */
function statusReporting(statusFile: string): string {
  return `step=starting
status() { step=$1; printf '{"phase":"%s","atMs":%s}\\n' "$1" "$(date +%s%3N)" > ${statusFile}; }
failure_reported=no
# shellcheck disable=SC2317 # called from the traps below
report_failure() {
  [ "$failure_reported" = yes ] && return 0
  failure_reported=yes
  printf '{"phase":"failed","step":"%s","exitCode":%s,"atMs":%s}\\n' "$step" "$1" "$(date +%s%3N)" > ${statusFile}
  echo "bench: step $step failed with exit code $1\${2:+ ($2)}" >&2
}
# shellcheck disable=SC2317 # called from the trap below
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then report_failure "$rc"; fi
}
trap 'report_failure "$?" "line $LINENO: $BASH_COMMAND"' ERR
trap on_exit EXIT`;
}

/**
 * Installs Docker and tools from Ubuntu's own packages, retrying apt a bounded number of times.
 * Agent extensions can hold the dpkg lock at boot: apt waits for it up to 10 minutes.
 */
const installPackages = `export DEBIAN_FRONTEND=noninteractive
installed=no
for attempt in 1 2 3 4 5; do
  if apt-get -o DPkg::Lock::Timeout=600 update -q &&
    apt-get -o DPkg::Lock::Timeout=600 install -y -q docker.io jq curl; then
    installed=yes
    break
  fi
  echo "apt-get install docker.io jq curl failed (attempt $attempt of 5); retrying in 15 s"
  sleep 15
done
[ "$installed" = yes ]
systemctl enable --now docker`;

/** Product VM start script: Docker, ACR login, pull by digest, run, sampler, health. */
export const productStartScript = `#!/bin/bash
# Starts the product on the product VM. Values come from ${vmPaths.productConf} (checked
# patterns, quoted) and ${vmPaths.productEnv} (Docker reads it literally, no shell expansion).
set -Eeuo pipefail
mkdir -p /var/lib/bench
${statusReporting(vmPaths.productStatus)}
status configuring
# shellcheck source=/dev/null
. ${vmPaths.productConf}
status installing
${installPackages}
${acrLoginFunction}
status login
acr_login_with_retries
status pulling
docker pull "$BENCH_IMAGE"
# Same-VM A/B: the baseline image too, pulled by digest like the candidate.
if [ -n "\${BENCH_BASELINE_IMAGE:-}" ]; then docker pull "$BENCH_BASELINE_IMAGE"; fi
# The refresh token is only needed for the pull.
docker logout "$BENCH_ACR" || true
private_ip=$(curl -sf --max-time 10 -H Metadata:true \\
  "http://169.254.169.254/metadata/instance/network/interface/0/ipv4/ipAddress/0/privateIpAddress?api-version=2021-02-01&format=text")
status starting
# Duet: each container on its own half of the vCPUs (baseline the first, candidate the second)
# with equal memory limits, two fifths of the VM's memory each (the rest to the OS and Docker).
candidate_limits=()
baseline_limits=()
if [ "\${BENCH_AB_MODE:-}" = duet ]; then
  vcpus=$(nproc --all)
  half=$((vcpus / 2))
  if [ "$half" -lt 2 ] || [ $((vcpus % 2)) -ne 0 ]; then
    step=duet-vcpus
    echo "a duet needs an even vCPU count of 4 or more; this VM has $vcpus" >&2
    exit 1
  fi
  limit_kb=$(($(awk '/^MemTotal:/{print $2}' /proc/meminfo) * 2 / 5))
  baseline_limits=(--cpuset-cpus "0-$((half - 1))" --memory "\${limit_kb}k")
  candidate_limits=(--cpuset-cpus "$half-$((vcpus - 1))" --memory "\${limit_kb}k")
  printf '{"vcpus":%s,"baselineCpus":"0-%s","candidateCpus":"%s-%s","memoryLimitKb":%s}\\n' \\
    "$vcpus" "$((half - 1))" "$half" "$((vcpus - 1))" "$limit_kb" > /var/lib/bench/core-split.json
fi
docker rm -f ${productContainerName} ${baselineContainerName} >/dev/null 2>&1 || true
# Published on the private address only: reachable from the subnet, never from elsewhere.
docker run -d --name ${productContainerName} --restart unless-stopped \\
  --ulimit nofile=1048576:1048576 "\${candidate_limits[@]}" \\
  --env-file ${vmPaths.productEnv} \\
  -p "$private_ip:$BENCH_PORT:$BENCH_PORT" "$BENCH_IMAGE"
health_ports=("$BENCH_PORT")
if [ -n "\${BENCH_BASELINE_IMAGE:-}" ]; then
  docker run -d --name ${baselineContainerName} --restart unless-stopped \\
    --ulimit nofile=1048576:1048576 "\${baseline_limits[@]}" \\
    --env-file ${vmPaths.productEnv} \\
    -p "$private_ip:$BENCH_BASELINE_PORT:$BENCH_PORT" "$BENCH_BASELINE_IMAGE"
  health_ports+=("$BENCH_BASELINE_PORT")
fi
systemctl daemon-reload
systemctl enable --now bench-sampler.service
status waiting-for-health
for _ in $(seq 1 "$BENCH_HEALTH_TIMEOUT_SECONDS"); do
  healthy=yes
  for port in "\${health_ports[@]}"; do
    curl -sf --max-time 5 -o /dev/null "http://$private_ip:$port$BENCH_HEALTH_PATH" || healthy=no
  done
  if [ "$healthy" = yes ]; then
    status healthy
    exit 0
  fi
  sleep 1
done
step=unhealthy
echo "the product (ports \${health_ports[*]}) did not answer $BENCH_HEALTH_PATH within $BENCH_HEALTH_TIMEOUT_SECONDS s" >&2
exit 1
`;

/** Per-second sampler: raw counters (the report computes rates from consecutive lines). */
export const samplerScript = `#!/bin/bash
# One JSON line per second: host CPU jiffies and memory, the container's cgroup counters (what
# docker stats reads) and, in a same-VM A/B, the baseline container's, TCP states from ss -s.
set -u
out=${vmPaths.samples}
cg=""
bcg=""
while true; do
  ts=$(date +%s%3N)
  read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
  mem_total=$(awk '/^MemTotal:/{print $2}' /proc/meminfo)
  mem_avail=$(awk '/^MemAvailable:/{print $2}' /proc/meminfo)
  if [ -z "$cg" ]; then
    cid=$(docker inspect -f '{{.Id}}' ${productContainerName} 2>/dev/null || true)
    [ -n "$cid" ] && [ -d "/sys/fs/cgroup/system.slice/docker-$cid.scope" ] && cg="/sys/fs/cgroup/system.slice/docker-$cid.scope"
  fi
  if [ -z "$bcg" ]; then
    bid=$(docker inspect -f '{{.Id}}' ${baselineContainerName} 2>/dev/null || true)
    [ -n "$bid" ] && [ -d "/sys/fs/cgroup/system.slice/docker-$bid.scope" ] && bcg="/sys/fs/cgroup/system.slice/docker-$bid.scope"
  fi
  c_cpu=null; c_mem=null; b_cpu=null; b_mem=null
  if [ -n "$cg" ]; then
    c_cpu=$(awk '/^usage_usec/{print $2}' "$cg/cpu.stat" 2>/dev/null || echo null)
    c_mem=$(cat "$cg/memory.current" 2>/dev/null || echo null)
  fi
  if [ -n "$bcg" ]; then
    b_cpu=$(awk '/^usage_usec/{print $2}' "$bcg/cpu.stat" 2>/dev/null || echo null)
    b_mem=$(cat "$bcg/memory.current" 2>/dev/null || echo null)
  fi
  tcp=$(ss -s | awk '/^TCP:/{print; exit}')
  estab=$(printf '%s' "$tcp" | sed -n 's/.*estab \\([0-9]*\\).*/\\1/p')
  timewait=$(printf '%s' "$tcp" | sed -n 's/.*timewait \\([0-9]*\\).*/\\1/p')
  jq -cn --argjson tsMs "$ts" \\
    --argjson user "$user" --argjson nice "$nice" --argjson system "$system" --argjson idle "$idle" \\
    --argjson iowait "$iowait" --argjson irq "$irq" --argjson softirq "$softirq" --argjson steal "$steal" \\
    --argjson memTotalKb "$mem_total" --argjson memAvailableKb "$mem_avail" \\
    --argjson containerCpuUsec "\${c_cpu:-null}" --argjson containerMemoryBytes "\${c_mem:-null}" \\
    --argjson baselineCpuUsec "\${b_cpu:-null}" --argjson baselineMemoryBytes "\${b_mem:-null}" \\
    --argjson tcpEstab "\${estab:-null}" --argjson tcpTimeWait "\${timewait:-null}" --arg tcpSummary "$tcp" \\
    '{tsMs:$tsMs,cpuJiffies:{user:$user,nice:$nice,system:$system,idle:$idle,iowait:$iowait,irq:$irq,softirq:$softirq,steal:$steal},memTotalKb:$memTotalKb,memAvailableKb:$memAvailableKb,container:{cpuUsec:$containerCpuUsec,memoryBytes:$containerMemoryBytes},baselineContainer:{cpuUsec:$baselineCpuUsec,memoryBytes:$baselineMemoryBytes},tcp:{estab:$tcpEstab,timeWait:$tcpTimeWait,summary:$tcpSummary}}' \\
    >> "$out" || true
  sleep 1
done
`;

/** systemd unit running the sampler. */
const samplerUnit = `[Unit]
Description=bench-action per-second sampler
After=docker.service

[Service]
ExecStart=/usr/local/bin/bench-sampler
Restart=always

[Install]
WantedBy=multi-user.target
`;

/** Load VM preparation: Docker and the runner image, so the run command starts quickly. */
export const loadPrepareScript = `#!/bin/bash
# Prepares a load VM. Values come from ${vmPaths.loadConf} (checked patterns, quoted).
set -Eeuo pipefail
mkdir -p /var/lib/bench /opt/bench
${statusReporting(vmPaths.loadStatus)}
status configuring
# shellcheck source=/dev/null
. ${vmPaths.loadConf}
status installing
${installPackages}
# Many connections from one process: raise the limits the kernel and Docker apply.
sysctl -w net.ipv4.ip_local_port_range="10240 65535" || true
sysctl -w net.ipv4.tcp_tw_reuse=1 || true
${acrLoginFunction}
status login
case "$BENCH_RUNNER_IMAGE" in
  "$BENCH_ACR"/*) acr_login_with_retries ;;
esac
status pulling
docker pull "$BENCH_RUNNER_IMAGE"
status ready
`;

/** One file written by cloud-init. */
interface CloudInitFile {
  path: string;
  content: string;
  permissions: string;
}

/** Renders `#cloud-config` with base64 files and a no-shell runcmd (argv list). */
function renderCloudConfig(files: CloudInitFile[], runcmd: string[][]): string {
  const lines = ['#cloud-config', 'write_files:'];
  for (const file of files) {
    lines.push(
      `  - path: ${file.path}`,
      `    permissions: '${file.permissions}'`,
      `    owner: root:root`,
      `    encoding: b64`,
      `    content: ${encodeBase64(file.content)}`,
    );
  }
  lines.push('runcmd:');
  for (const argv of runcmd) lines.push(`  - [${argv.map((a) => JSON.stringify(a)).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** Inputs of the product VM's cloud-init; every string must have passed `validateAzureRunSpec`. */
export interface ProductCloudInitInput {
  /** Image pinned by digest. */
  image: string;
  /** Container port, published on the VM's private address. */
  port: number;
  /** Product environment (values may hold anything on one line). */
  env: Record<string, string>;
  /** Health path, e.g. `/health`. */
  healthPath: string;
  /** Give up on health after this long. */
  healthTimeoutSeconds: number;
  /** ACR login server, e.g. `myacr.azurecr.io`. */
  acrLoginServer: string;
  /** Resource id of the VM's user-assigned identity. */
  identityResourceId: string;
  /** Same-VM A/B: the baseline container (image pinned by digest, port on the VM, mode). */
  baseline?: { image: string; hostPort: number; mode: 'interleaved' | 'duet' };
}

/** Cloud-init for the product VM (plain text; base64 it for `customData`). */
export function renderProductCloudInit(input: ProductCloudInitInput): string {
  const conf = [
    `BENCH_IMAGE=${shellQuote(input.image)}`,
    `BENCH_PORT=${shellQuote(String(Math.trunc(input.port)))}`,
    `BENCH_HEALTH_PATH=${shellQuote(input.healthPath)}`,
    `BENCH_HEALTH_TIMEOUT_SECONDS=${shellQuote(String(Math.max(1, Math.trunc(input.healthTimeoutSeconds))))}`,
    `BENCH_ACR=${shellQuote(input.acrLoginServer)}`,
    `BENCH_IDENTITY_ID=${shellQuote(input.identityResourceId)}`,
    ...(input.baseline
      ? [
          `BENCH_BASELINE_IMAGE=${shellQuote(input.baseline.image)}`,
          `BENCH_BASELINE_PORT=${shellQuote(String(Math.trunc(input.baseline.hostPort)))}`,
          `BENCH_AB_MODE=${shellQuote(input.baseline.mode === 'duet' ? 'duet' : 'interleaved')}`,
        ]
      : []),
    '',
  ].join('\n');
  return renderCloudConfig(
    [
      { path: vmPaths.productConf, content: conf, permissions: '0600' },
      { path: vmPaths.productEnv, content: renderEnvFile(input.env), permissions: '0600' },
      {
        path: '/usr/local/bin/bench-product-start',
        content: productStartScript,
        permissions: '0755',
      },
      { path: '/usr/local/bin/bench-sampler', content: samplerScript, permissions: '0755' },
      {
        path: '/etc/systemd/system/bench-sampler.service',
        content: samplerUnit,
        permissions: '0644',
      },
    ],
    [['/usr/local/bin/bench-product-start']],
  );
}

/** Inputs of a load VM's cloud-init; every string must have passed `validateAzureRunSpec`. */
export interface LoadCloudInitInput {
  /** Image with Node 24 that runs the runner bundle. */
  runnerImage: string;
  /** ACR login server (used when the runner image lives there). */
  acrLoginServer: string;
  /** Resource id of the VM's user-assigned identity. */
  identityResourceId: string;
}

/** Cloud-init for a load VM (plain text; base64 it for `customData`). */
export function renderLoadCloudInit(input: LoadCloudInitInput): string {
  const conf = [
    `BENCH_RUNNER_IMAGE=${shellQuote(input.runnerImage)}`,
    `BENCH_ACR=${shellQuote(input.acrLoginServer)}`,
    `BENCH_IDENTITY_ID=${shellQuote(input.identityResourceId)}`,
    '',
  ].join('\n');
  return renderCloudConfig(
    [
      { path: vmPaths.loadConf, content: conf, permissions: '0600' },
      {
        path: '/usr/local/bin/bench-load-prepare',
        content: loadPrepareScript,
        permissions: '0755',
      },
    ],
    [['/usr/local/bin/bench-load-prepare']],
  );
}

/**
 * Reads a field of a status file with sed: jq is not there when the package install failed, and
 * that is exactly when the readiness check must see `failed` at once.
 */
function statusField(statusFile: string): string {
  return `field() { sed -n "s/.*\\"$1\\":\\"\\([a-z-]*\\)\\".*/\\1/p" ${statusFile} 2>/dev/null || true; }`;
}

/** Waits for cloud-init's outcome on the product VM; exit 0 when healthy. Parameter: `BENCH_WAIT_SECONDS`. */
export const productReadyCommandScript = `#!/bin/bash
set -u
${statusField(vmPaths.productStatus)}
phase=none
for _ in $(seq 1 "\${BENCH_WAIT_SECONDS:-600}"); do
  phase=$(field phase)
  phase=\${phase:-none}
  case "$phase" in
    healthy) echo "product healthy"; exit 0 ;;
    failed|*-failed|unhealthy)
      echo "product start failed in step $(field step) (phase $phase)"
      tail -n 50 /var/log/cloud-init-output.log || true
      exit 2 ;;
  esac
  sleep 1
done
echo "product not healthy in time (last phase: $phase)"
exit 3
`;

/** Waits for a load VM's preparation; exit 0 when ready. Parameter: `BENCH_WAIT_SECONDS`. */
export const loadReadyCommandScript = `#!/bin/bash
set -u
${statusField(vmPaths.loadStatus)}
phase=none
for _ in $(seq 1 "\${BENCH_WAIT_SECONDS:-600}"); do
  phase=$(field phase)
  phase=\${phase:-none}
  case "$phase" in
    ready) echo "load VM ready"; exit 0 ;;
    failed|*-failed)
      echo "load VM preparation failed in step $(field step) (phase $phase)"
      tail -n 50 /var/log/cloud-init-output.log || true
      exit 2 ;;
  esac
  sleep 1
done
echo "load VM not ready in time (last phase: $phase)"
exit 3
`;

/** Name of the runner container on a load VM. */
export const runnerContainerName = 'bench-runner';

/**
 * Runs the runner bundle on a load VM. Parameters (environment variables): protected
 * `BENCH_RUNNER_BUNDLE_URL` (SAS URL of the bundle) and any `BENCH_*` the runner reads, which
 * are handed to the container through an env file, never through the command line. The
 * container is named and detached and this script waits on it: deleting the run command (or its
 * timeout) ends the shell, not a container it started, so TERM and EXIT stop the container.
 */
export const runnerCommandScript = `#!/bin/bash
set -euo pipefail
# shellcheck source=/dev/null
. ${vmPaths.loadConf}
runner=${runnerContainerName}
# shellcheck disable=SC2317 # called from the traps below
stop_runner() { docker stop --time 10 "$runner" >/dev/null 2>&1 || true; }
trap stop_runner EXIT
trap 'stop_runner; exit 143' TERM INT
mkdir -p /opt/bench
curl -sf --retry 5 --retry-delay 3 --max-time 300 -o ${vmPaths.runnerBundle} "$BENCH_RUNNER_BUNDLE_URL"
env | grep '^BENCH_' | grep -v -e '^BENCH_RUNNER_BUNDLE_URL=' -e '^BENCH_RUNNER_IMAGE=' -e '^BENCH_ACR=' -e '^BENCH_IDENTITY_ID=' > /opt/bench/runner.env || true
chmod 600 /opt/bench/runner.env
docker rm -f "$runner" >/dev/null 2>&1 || true
docker run -d --name "$runner" --network host --ulimit nofile=1048576:1048576 \\
  --env-file /opt/bench/runner.env -v /opt/bench:/opt/bench:ro \\
  "$BENCH_RUNNER_IMAGE" node ${GENERATOR_NODE_FLAGS.join(' ')} ${vmPaths.runnerBundle} >/dev/null
# The runner's output goes to this command's output (and its append blob).
docker logs -f "$runner" &
# Waited for with the wait builtin, which a trap interrupts: TERM stops the container at once.
docker wait "$runner" > /opt/bench/runner.exit &
wait "$!"
exit_code=$(cat /opt/bench/runner.exit)
wait || true
docker rm "$runner" >/dev/null 2>&1 || true
exit "$exit_code"
`;

/** Uploads the sampler's file to a blob. Protected parameter: `BENCH_SAMPLES_URL` (SAS URL). */
export const samplesUploadCommandScript = `#!/bin/bash
set -euo pipefail
# Copy first: the sampler keeps appending while we upload.
cp ${vmPaths.samples} /var/lib/bench/samples-upload.jsonl
curl -sf --retry 5 --retry-delay 3 --max-time 300 -X PUT -H 'x-ms-blob-type: BlockBlob' \\
  --data-binary @/var/lib/bench/samples-upload.jsonl "$BENCH_SAMPLES_URL"
echo "uploaded $(wc -l < /var/lib/bench/samples-upload.jsonl) samples"
`;
