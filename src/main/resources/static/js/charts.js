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
	var noValues = current ? current.getAttribute('data-no-values') : null;
	// Dark blue first (as every single-series chart had it), then colours that stay apart
	// for common colour-vision deficiencies.
	var COLOURS = ['#0b5394', '#e69f00', '#009e73', '#cc79a7', '#56b4e9'];
	// More categories than this and their labels are turned, so every one stays readable.
	var UPRIGHT_LABELS = 6;

	// The chart's figures as its table holds them: one category per body row (its row
	// header), one series per column whose header is marked data-chart-series. A value is
	// read from the cell in that column, so a hidden figure ("< 3", no data-value) is a gap
	// in its own place and never moves the figures after it.
	function read(table) {
		var columns = [];
		table.querySelectorAll('thead th').forEach(function (header, index) {
			if (header.hasAttribute('data-chart-series')) {
				columns.push({ index: index, name: header.textContent.trim() });
			}
		});
		var labels = [];
		var series = columns.map(function (column) {
			return { name: column.name, data: [] };
		});
		table.querySelectorAll('tbody tr').forEach(function (row) {
			labels.push((row.querySelector('th') || row.cells[0]).textContent.trim());
			columns.forEach(function (column, n) {
				var cell = row.cells[column.index];
				var value = cell ? cell.getAttribute('data-value') : null;
				series[n].data.push(value === null || value === '' || isNaN(Number(value)) ? null : Number(value));
			});
		});
		return { labels: labels, series: series };
	}

	function allZero(figures) {
		return figures.series.every(function (s) {
			return s.data.every(function (value) {
				return value === 0;
			});
		});
	}

	// Instead of an empty chart, the reason it is empty; the table below still shows the zeros.
	function showNoValues(element) {
		var message = document.createElement('p');
		message.className = 'kern-body';
		message.textContent = noValues || '';
		element.replaceChildren(message);
		element.classList.add('wb-chart--no-values');
		element.removeAttribute('aria-hidden');
		element.setAttribute('data-chart-state', 'no-values');
	}

	function draw() {
		charts.forEach(function (element) {
			var table = document.getElementById(element.getAttribute('data-chart-table'));
			if (!table) {
				return;
			}
			var figures = read(table);
			if (figures.labels.length === 0 || allZero(figures)) {
				showNoValues(element);
				return;
			}
			var kind = element.getAttribute('data-chart-kind') || 'bar';
			var turned = figures.labels.length > UPRIGHT_LABELS;
			var chart = window.echarts.init(element, null, { renderer: 'svg' });
			chart.setOption({
				aria: { enabled: false },
				animation: false,
				color: COLOURS,
				legend: figures.series.length > 1 ? { top: 0 } : undefined,
				// The axis labels are kept inside the chart (ECharts' outer bounds), however long.
				grid: { left: 8, right: 16, top: figures.series.length > 1 ? 32 : 16, bottom: 8 },
				xAxis: {
					type: 'category',
					data: figures.labels,
					// Every category is labelled: long names wrap, many categories turn.
					axisLabel: turned ? { interval: 0, hideOverlap: false, rotate: 45 }
						: {
							interval: 0,
							hideOverlap: false,
							width: Math.max(48, element.clientWidth / figures.labels.length - 8),
							overflow: 'break'
						}
				},
				yAxis: { type: 'value', minInterval: 1 },
				series: figures.series.map(function (s) {
					return { type: kind, name: s.name, data: s.data, connectNulls: false };
				})
			});
			element.setAttribute('data-chart-state', 'drawn');
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
