// Who publishes this chart and where the programs it deploys come from: the chart is ours, the
// programs are NVIDIA's, and Chart.yaml must not suggest NVIDIA maintains the chart.
export const PROJECT_NAME = 'llm-router-helm';
export const PROJECT_REPO = 'https://github.com/llm-router-helm/llm-router-helm';
/** Our own icon (packages/chart/assets/icon.svg), served raw from the main branch. */
export const ICON_URL = 'https://raw.githubusercontent.com/llm-router-helm/llm-router-helm/main/packages/chart/assets/icon.svg';
/** NVIDIA's repository: the upstream of the router programs, not of this chart. */
export const UPSTREAM_REPO = 'https://github.com/NVIDIA-AI-Blueprints/llm-router';
