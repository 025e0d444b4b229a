// Fanbase admin: draws the charts described by data-chart attributes (after page loads and
// htmx swaps), asks before destructive form submissions (data-confirm) and shows the campaign
// form's fields that apply to the chosen type.
(function () {
	'use strict';

	if (window.Chart) {
		window.Chart.defaults.scales.linear.ticks.precision = 0;
	}

	const palette = ['#4338ca', '#10b981', '#ef4444', '#0ea5e9', '#f59e0b', '#8b5cf6', '#64748b'];

	function draw(root) {
		if (!window.Chart || !root.querySelectorAll) {
			return;
		}
		root.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
			const existing = window.Chart.getChart(canvas);
			if (existing) {
				existing.destroy();
			}
			const config = JSON.parse(canvas.dataset.chart);
			config.datasets.forEach((dataset, i) => {
				const color = palette[i % palette.length];
				dataset.backgroundColor = dataset.type === 'line' ? color + '22' : color;
				dataset.borderColor = color;
				dataset.borderRadius = dataset.type === 'line' ? 0 : 4;
				dataset.tension = 0.25;
			});
			const options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
			new window.Chart(canvas, { type: config.type, data: { labels: config.labels, datasets: config.datasets }, options });
			canvas.dataset.drawn = 'true';
		});
	}

	// The campaign form shows the channel checkboxes for multi-channel campaigns and the
	// email fields whenever email is one of the channels.
	function campaignFields() {
		const type = document.querySelector('[data-campaign-type]');
		if (!type) {
			return;
		}
		const multi = type.value === 'multi_channel';
		const email = type.value === 'email'
			|| (multi && Array.from(document.querySelectorAll('[data-channel]')).some((box) => box.checked && box.value === 'email'));
		document.querySelectorAll('[data-channel-fields]').forEach((fields) => { fields.hidden = !multi; });
		document.querySelectorAll('[data-email-fields]').forEach((fields) => { fields.hidden = !email; });
	}

	document.addEventListener('change', (event) => {
		if (event.target.matches && event.target.matches('[data-campaign-type], [data-channel]')) {
			campaignFields();
		}
	});
	document.addEventListener('DOMContentLoaded', () => draw(document));
	document.addEventListener('htmx:load', (event) => draw(event.detail.elt));
	document.addEventListener('submit', (event) => {
		const question = event.target.dataset.confirm;
		if (question && !window.confirm(question)) {
			event.preventDefault();
		}
	});
})();
