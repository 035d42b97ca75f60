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

	function draw() {
		charts.forEach(function (element) {
			var table = document.getElementById(element.getAttribute('data-chart-table'));
			if (!table) {
				return;
			}
			var labels = [];
			var values = [];
			table.querySelectorAll('tbody tr').forEach(function (row) {
				labels.push(row.querySelector('th').textContent.trim());
				values.push(Number(row.querySelector('[data-value]').getAttribute('data-value')));
			});
			var chart = window.echarts.init(element, null, { renderer: 'svg' });
			chart.setOption({
				aria: { enabled: false },
				animation: false,
				grid: { left: 40, right: 16, top: 16, bottom: 32 },
				xAxis: { type: 'category', data: labels },
				yAxis: { type: 'value', minInterval: 1 },
				series: [{ type: element.getAttribute('data-chart-kind') || 'bar', data: values, itemStyle: { color: '#0b5394' } }]
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
