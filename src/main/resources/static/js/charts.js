// Draws each chart from the accessible table it names, so the chart can never show figures the
// table does not. ECharts is loaded only on pages that have a chart.
(function () {
	'use strict';
	var charts = document.querySelectorAll('[data-chart-table]');
	if (charts.length === 0) {
		return;
	}
	var current = document.currentScript;
	var source = current ? current.getAttribute('data-echarts') : null;
	// Dark blue first (as every single-series chart had it), then colours that stay apart
	// for common colour-vision deficiencies.
	var COLOURS = ['#0b5394', '#e69f00', '#009e73', '#cc79a7', '#56b4e9'];

	function draw() {
		charts.forEach(function (element) {
			var table = document.getElementById(element.getAttribute('data-chart-table'));
			if (!table) {
				return;
			}
			// Each cell with data-value is one point; a row may hold several series, named by
			// the cells' data-series. An empty value is a figure hidden for disclosure: the
			// chart leaves a gap where the table says "< 3".
			var labels = [];
			var series = [];
			table.querySelectorAll('tbody tr').forEach(function (row) {
				labels.push(row.querySelector('th').textContent.trim());
				row.querySelectorAll('[data-value]').forEach(function (cell, index) {
					if (!series[index]) {
						series[index] = { name: cell.getAttribute('data-series') || '', data: [] };
					}
					var value = cell.getAttribute('data-value');
					series[index].data.push(value === '' ? null : Number(value));
				});
			});
			var kind = element.getAttribute('data-chart-kind') || 'bar';
			var chart = window.echarts.init(element, null, { renderer: 'svg' });
			chart.setOption({
				aria: { enabled: false },
				animation: false,
				color: COLOURS,
				legend: series.length > 1 ? { top: 0 } : undefined,
				grid: { left: 40, right: 16, top: series.length > 1 ? 32 : 16, bottom: 32 },
				xAxis: { type: 'category', data: labels },
				yAxis: { type: 'value', minInterval: 1 },
				series: series.map(function (s) {
					return { type: kind, name: s.name, data: s.data, connectNulls: false };
				})
			});
			window.addEventListener('resize', function () { chart.resize(); });
		});
	}

	if (window.echarts) {
		draw();
	} else if (source) {
		var script = document.createElement('script');
		script.src = source;
		script.onload = draw;
		document.head.appendChild(script);
	}
})();
